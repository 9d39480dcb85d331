package dev.bookstore.devprovider;

import java.time.Instant;
import java.util.List;

/**
 * What a code stands for: who signed in, for which client and redirect URI, with which OpenID Connect scopes,
 * API resources and scopes asked of those resources; {@code authTime} (epoch seconds) when the request asked for
 * {@code max_age}, as only then does Logto state it (OpenID Connect Core 3.1.2.1).
 */
record AuthorizationCode(String value, String clientId, String redirectUri, DemoUser user, List<String> scopes,
        String nonce, String codeChallenge, boolean consented, List<String> resources, List<String> resourceScopes,
        String sessionId, Long authTime, Instant expiresAt) {

    AuthorizationCode {
        scopes = List.copyOf(scopes);
        resources = List.copyOf(resources);
        resourceScopes = List.copyOf(resourceScopes);
    }

    /** Logto silently drops offline_access unless the request prompted for consent. */
    List<String> grantedScopes() {
        return consented ? scopes : scopes.stream().filter(scope -> !scope.equals("offline_access")).toList();
    }

    boolean expired() {
        return Instant.now().isAfter(expiresAt);
    }
}
