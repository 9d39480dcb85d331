package dev.bookstore.devprovider;

/**
 * Everything the endpoints share: where the provider lives, its client, API resource, keys, state stores, test
 * faults and the client's back-channel logout.
 */
record ProviderContext(String endpoint, LocalLogtoClient client, ApiResource apiResource, SigningKeys signingKeys,
        Interactions interactions, AuthorizationCodes codes, IssuedTokens tokens, ProviderSessions sessions,
        ProviderFaults faults, BackchannelLogout backchannelLogout) {

    String issuer() {
        return endpoint + "/oidc";
    }

    boolean isClient(String clientId) {
        return client.clientId().equals(clientId);
    }

    String avatarUrl(DemoUser user) {
        return endpoint + "/avatars/" + user.key() + ".svg";
    }
}
