package dev.bookstore.auth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignInIntentTest {

    @Test
    void eachRouteOpensLogtoOnItsOwnScreen() {
        assertEquals(List.of(), SignInIntent.forRoute("/sign-in").orElseThrow().authorizationParameters("kakao"));
        assertEquals(List.of("first_screen=register"),
                SignInIntent.forRoute("/sign-up").orElseThrow().authorizationParameters("kakao"));
        assertEquals(List.of("direct_sign_in=social:kakao-kr"),
                SignInIntent.forRoute("/sign-in/kakao").orElseThrow().authorizationParameters("kakao-kr"));
    }

    @Test
    void unknownRoutesHaveNoIntent() {
        assertTrue(SignInIntent.forRoute("/sign-in/naver").isEmpty());
    }
}
