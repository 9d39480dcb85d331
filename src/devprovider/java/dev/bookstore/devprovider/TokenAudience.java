package dev.bookstore.devprovider;

import java.util.List;

/**
 * Whom a JWT access token is for (an API resource or {@code urn:logto:organization:<id>}) and what it allows;
 * {@code organizationId}: the organization an API resource's token is scoped to (Logto's {@code organization_id}
 * claim), or null.
 */
record TokenAudience(String audience, List<String> scopes, boolean organization, String organizationId) {

    TokenAudience {
        scopes = List.copyOf(scopes);
    }

    TokenAudience(String audience, List<String> scopes) {
        this(audience, scopes, false, null);
    }

    static TokenAudience organization(String organizationId, List<String> scopes) {
        return new TokenAudience("urn:logto:organization:" + organizationId, scopes, true, null);
    }

    /** Logto's organization-scoped token for an API resource (core/oidc/extra-token-claims.ts). */
    TokenAudience scopedTo(String organizationId) {
        return new TokenAudience(audience, scopes, false, organizationId);
    }

    /**
     * The space-separated scopes. With none, Logto leaves the scope out of a resource's token but says {@code ""} in
     * an organization token (its answer and its claim alike; Logto's integration tests of organization tokens).
     */
    String scope() {
        return scopes.isEmpty() && !organization ? null : String.join(" ", scopes);
    }
}
