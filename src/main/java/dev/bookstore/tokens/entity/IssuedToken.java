package dev.bookstore.tokens.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An access token for one API resource or organization, with what Logto said about it. */
public record IssuedToken(String value, Instant expiresAt, List<String> scopes) implements Serializable {

    // Not compared for records (Java serialization spec 1.13): they are read by component name; see RollingUpgradeTest
    private static final long serialVersionUID = 1L;

    public IssuedToken {
        scopes = List.copyOf(scopes);
    }

    /** Usable when it still has a minute to live: a call that starts now must not carry an expiring token. */
    public boolean usableAt(Instant now) {
        return expiresAt.minusSeconds(60).isAfter(now);
    }

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + ", scopes=" + scopes + "]";
    }
}
