package dev.bookstore.devprovider;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization requests waiting for the user's choice, each under a single-use interaction id. */
final class Interactions {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private final Map<String, AuthorizationRequest> pending = new ConcurrentHashMap<>();

    String remember(AuthorizationRequest request) {
        Instant oldest = Instant.now().minus(LIFETIME);
        pending.values().removeIf(waiting -> waiting.receivedAt().isBefore(oldest));
        String id = RandomValues.urlSafe();
        pending.put(id, request);
        return id;
    }

    /** Removes and returns the request, so an interaction can be finished only once. */
    Optional<AuthorizationRequest> take(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(pending.remove(id))
                .filter(request -> request.receivedAt().isAfter(Instant.now().minus(LIFETIME)));
    }
}
