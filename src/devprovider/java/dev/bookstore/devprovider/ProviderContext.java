package dev.bookstore.devprovider;

/**
 * Everything the endpoints share: where the provider lives, what its tenant has registered (clients, API
 * resources), keys, state stores, how it misbehaves (only ever for tests) and the delivery of back-channel logout
 * tokens.
 */
record ProviderContext(String endpoint, Tenant tenant, SigningKeys signingKeys,
        Interactions interactions, AuthorizationCodes codes, IssuedTokens tokens, ProviderSessions sessions,
        Misbehaviour misbehaviour, BackchannelLogout backchannelLogout) {

    String issuer() {
        return endpoint + "/oidc";
    }

    boolean isClient(String clientId) {
        return tenant.client(clientId).isPresent();
    }

    String avatarUrl(DemoUser user) {
        return endpoint + "/avatars/" + user.key() + ".svg";
    }
}
