package dev.bookstore.auth.entity;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the user asked for; each intent opens Logto on a different first screen. A pending sign-in holds it by the
 * constant's name (an enum's serialized form; serialVersionUID does not apply): renaming or removing a constant
 * leaves the sessions that hold it unreadable (RollingUpgradeTest).
 */
public enum SignInIntent {
    SIGN_IN("/sign-in"),
    SIGN_UP("/sign-up"),
    KAKAO("/sign-in/kakao"),
    /** "Confirm it's you": a signed-in user authenticates again at Logto before an admin page (ADMIN_MAX_AGE). */
    CONFIRM("/sign-in/confirm");

    /**
     * Sent with every other sign-in: longer than any Logto session lives, so it never makes Logto ask again, but
     * with {@code max_age} Logto must state {@code auth_time} (OpenID Connect Core 3.1.2.1), so a sign-in that
     * reuses an old Logto session is known as old.
     */
    static final Duration NEVER_ASKS_AGAIN = Duration.ofDays(365);

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

    /**
     * The authorization request parameters Logto understands for this intent. {@code consent} is always asked
     * for, because only with it does Logto issue the refresh token ({@code offline_access}).
     */
    public List<String> authorizationParameters(String kakaoTarget, Duration adminMaxAge) {
        return switch (this) {
            case SIGN_IN -> List.of("prompt=consent", maxAge(NEVER_ASKS_AGAIN));
            case SIGN_UP -> List.of("prompt=consent", maxAge(NEVER_ASKS_AGAIN), "first_screen=register");
            case KAKAO -> List.of("prompt=consent", maxAge(NEVER_ASKS_AGAIN), "direct_sign_in=social:" + kakaoTarget);
            case CONFIRM -> List.of("prompt=login consent", maxAge(adminMaxAge));
        };
    }

    private static String maxAge(Duration age) {
        return "max_age=" + age.toSeconds();
    }
}
