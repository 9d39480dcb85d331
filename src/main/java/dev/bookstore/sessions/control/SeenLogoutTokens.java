package dev.bookstore.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Logout token ids already used, on any member: each {@code jti} is claimed atomically in the cluster's store (this
 * server's memory on a single server), kept until the token could no longer be accepted anyway.
 */
@ApplicationScoped
public class SeenLogoutTokens {

    @Inject
    Markers markers;

    /** @return true the first time {@code jti} is presented, on whichever member */
    public boolean firstTime(String jti, Instant acceptableUntil) {
        Duration left = Duration.between(Instant.now(), acceptableUntil);
        return jti != null && !jti.isBlank() && markers.claim("jti:" + jti, left.isNegative() ? Duration.ofSeconds(1) : left);
    }
}
