package dev.bookstore.logto.control;

import java.util.List;

/**
 * The words of a {@code scope} as Logto writes it, in a token answer or an access token's claim: separated by
 * spaces, and {@code ""} (or absent) for none, as in an organization token without permissions.
 */
public final class LogtoScope {

    private LogtoScope() {
    }

    /** @param scope the answer's or the claim's value, of whatever type it came as */
    public static List<String> words(Object scope) {
        return scope instanceof String text && !text.isBlank() ? List.of(text.trim().split("\\s+")) : List.of();
    }
}
