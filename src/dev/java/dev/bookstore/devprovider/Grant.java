package dev.bookstore.devprovider;

import java.util.List;

/**
 * What a client was granted by one authorization code; every token issued from that code (and its refreshes)
 * carries the same grant, so a code replay can revoke them all.
 */
record Grant(String id, String clientId, DemoUser user, List<String> scopes, String sessionId,
        List<String> resources) {

    Grant {
        scopes = List.copyOf(scopes);
        resources = List.copyOf(resources);
    }

    boolean offline() {
        return scopes.contains("offline_access");
    }
}
