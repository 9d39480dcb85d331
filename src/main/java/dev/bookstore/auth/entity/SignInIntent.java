package dev.bookstore.auth.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the user asked for; each intent opens Logto on a different first screen. */
public enum SignInIntent {
    SIGN_IN("/sign-in"),
    SIGN_UP("/sign-up"),
    KAKAO("/sign-in/kakao");

    private final String route;

    SignInIntent(String route) {
        this.route = route;
    }

    public String route() {
        return route;
    }

    public static Optional<SignInIntent> forRoute(String route) {
        return Arrays.stream(values()).filter(intent -> intent.route.equals(route)).findFirst();
    }

    /** The authorization request parameters Logto understands for this intent. */
    public List<String> authorizationParameters(String kakaoTarget) {
        return switch (this) {
            case SIGN_IN -> List.of();
            case SIGN_UP -> List.of("first_screen=register");
            case KAKAO -> List.of("direct_sign_in=social:" + kakaoTarget);
        };
    }
}
