package dev.bookstore.devprovider;

import java.util.List;

/**
 * What a client was granted by one authorization code; every token issued from that code (and its refreshes)
 * carries the same grant, so a code replay can revoke them all. {@code scopes} are the OpenID Connect scopes;
 * {@code resourceScopes} those asked of the {@code resources}, before the user's roles narrow them.
 * {@code sessionId} is the provider session's public {@code sid}, as the ID tokens carry it; {@code authTime} their
 * {@code auth_time}, or null.
 */
record Grant(String id, String clientId, DemoUser user, List<String> scopes, String sessionId,
        List<String> resources, List<String> resourceScopes, Long authTime) {

    Grant {
        scopes = List.copyOf(scopes);
        resources = List.copyOf(resources);
        resourceScopes = List.copyOf(resourceScopes);
    }

    boolean offline() {
        return scopes.contains("offline_access");
    }
}
