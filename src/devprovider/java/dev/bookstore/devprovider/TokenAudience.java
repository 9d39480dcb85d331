package dev.bookstore.devprovider;

import java.util.List;

/** Whom a JWT access token is for (an API resource or {@code urn:logto:organization:<id>}) and what it allows. */
record TokenAudience(String audience, List<String> scopes) {

    TokenAudience {
        scopes = List.copyOf(scopes);
    }

    static TokenAudience organization(String organizationId, List<String> scopes) {
        return new TokenAudience("urn:logto:organization:" + organizationId, scopes);
    }

    /** The space-separated scopes, or null when there are none: Logto then leaves the scope out. */
    String scope() {
        return scopes.isEmpty() ? null : String.join(" ", scopes);
    }
}
