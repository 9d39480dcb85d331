package dev.bookstore.tokens.entity;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A signed-in user's tokens, kept in the HTTP session: the newest refresh token and the access tokens
 * obtained with it, by audience (an API resource, or {@code urn:logto:organization:<id>}).
 * Immutable: every change makes a new value, which is stored back into the session (and replicated).
 */
public record UserTokens(String refreshToken, Map<String, IssuedToken> byAudience) implements Serializable {

    // Not compared for records (Java serialization spec 1.13): they are read by component name; see RollingUpgradeTest
    private static final long serialVersionUID = 1L;

    public static final String SESSION_ATTRIBUTE = UserTokens.class.getName();

    public UserTokens {
        byAudience = Map.copyOf(byAudience);
    }

    public static UserTokens of(String refreshToken) {
        return new UserTokens(refreshToken, Map.of());
    }

    public Optional<IssuedToken> forAudience(String audience) {
        return Optional.ofNullable(byAudience.get(audience));
    }

    /** Logto may or may not rotate the refresh token: whatever came back last is the one to keep. */
    public UserTokens with(String audience, IssuedToken token, String newestRefreshToken) {
        Map<String, IssuedToken> tokens = new HashMap<>(byAudience);
        tokens.put(audience, token);
        return new UserTokens(newestRefreshToken == null ? refreshToken : newestRefreshToken, tokens);
    }

    public UserTokens withRefreshToken(String newestRefreshToken) {
        return new UserTokens(newestRefreshToken == null ? refreshToken : newestRefreshToken, byAudience);
    }

    @Override
    public String toString() {
        return "UserTokens[audiences=" + byAudience.keySet() + "]";
    }
}
