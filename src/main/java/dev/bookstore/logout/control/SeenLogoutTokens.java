package dev.bookstore.logout.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Logout token ids already used, kept until the token could no longer be accepted anyway. */
@ApplicationScoped
public class SeenLogoutTokens {

    private final Map<String, Instant> seenUntil = new ConcurrentHashMap<>();

    /** @return true the first time {@code jti} is presented */
    public boolean firstTime(String jti, Instant acceptableUntil) {
        Instant now = Instant.now();
        seenUntil.values().removeIf(until -> until.isBefore(now));
        return jti != null && seenUntil.putIfAbsent(jti, acceptableUntil) == null;
    }
}
