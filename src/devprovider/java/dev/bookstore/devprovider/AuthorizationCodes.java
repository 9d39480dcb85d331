package dev.bookstore.devprovider;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Issued authorization codes; a consumed code is kept a while so that a replay can be detected. */
final class AuthorizationCodes {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    private static final Duration REPLAY_MEMORY = Duration.ofMinutes(10);

    private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();
    private final Set<String> consumed = ConcurrentHashMap.newKeySet();

    void store(AuthorizationCode code) {
        Instant forgetBefore = Instant.now().minus(REPLAY_MEMORY);
        codes.values().removeIf(old -> {
            boolean forget = old.expiresAt().isBefore(forgetBefore);
            if (forget) {
                consumed.remove(old.value());
            }
            return forget;
        });
        codes.put(code.value(), code);
    }

    Optional<AuthorizationCode> find(String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(codes.get(value));
    }

    /** Marks the code used; false when it had been used before. */
    boolean consume(AuthorizationCode code) {
        return consumed.add(code.value());
    }
}
