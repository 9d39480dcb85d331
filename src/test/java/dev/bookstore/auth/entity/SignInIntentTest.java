package dev.bookstore.auth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInIntentTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void eachRouteOpensLogtoOnItsOwnScreenAskingForConsentAndTheSignInsAge() {
        assertEquals(List.of("prompt=consent", "max_age=31536000"),
                SignInIntent.forRoute("/sign-in").orElseThrow().authorizationParameters("kakao", TEN_MINUTES));
        assertEquals(List.of("prompt=consent", "max_age=31536000", "first_screen=register"),
                SignInIntent.forRoute("/sign-up").orElseThrow().authorizationParameters("kakao", TEN_MINUTES));
        assertEquals(List.of("prompt=consent", "max_age=31536000", "direct_sign_in=social:kakao-kr"),
                SignInIntent.forRoute("/sign-in/kakao").orElseThrow().authorizationParameters("kakao-kr", TEN_MINUTES));
    }

    @Test
    void confirmingMakesLogtoAuthenticateAgainAndKeepsTheRefreshToken() {
        assertEquals(List.of("prompt=login consent", "max_age=600"),
                SignInIntent.forRoute("/sign-in/confirm").orElseThrow().authorizationParameters("kakao", TEN_MINUTES));
    }

    @Test
    void unknownRoutesHaveNoIntent() {
        assertTrue(SignInIntent.forRoute("/sign-in/naver").isEmpty());
    }
}
