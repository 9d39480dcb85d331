package dev.bookstore.devprovider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /oidc/.well-known/openid-configuration}, with the values Logto publishes. */
final class DiscoveryEndpoint implements Endpoint {

    static final List<String> SCOPES = List.of("openid", "offline_access", "profile", "email", "phone", "roles",
            "identities", "custom_data", "urn:logto:scope:organizations", "urn:logto:scope:organization_roles");

    private static final List<String> CLAIMS = List.of("sub", "iss", "aud", "exp", "iat", "nonce", "at_hash",
            "sid", "auth_time", "name", "picture", "username", "created_at", "updated_at", "email",
            "email_verified", "phone_number", "phone_number_verified", "roles", "organizations",
            "organization_roles", "custom_data", "identities");

    private final ProviderContext context;

    DiscoveryEndpoint(ProviderContext context) {
        this.context = context;
    }

    @Override
    public Reply handle(RecordedRequest request) {
        String issuer = context.issuer();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/auth");
        document.put("token_endpoint", issuer + "/token");
        document.put("userinfo_endpoint", issuer + "/me");
        document.put("jwks_uri", issuer + "/jwks");
        document.put("end_session_endpoint", issuer + "/session/end");
        document.put("revocation_endpoint", issuer + "/token/revocation");
        document.put("response_types_supported", List.of("code"));
        document.put("response_modes_supported", List.of("query"));
        document.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("ES384"));
        document.put("token_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post"));
        document.put("revocation_endpoint_auth_methods_supported",
                List.of("client_secret_basic", "client_secret_post"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("scopes_supported", SCOPES);
        document.put("claims_supported", CLAIMS);
        document.put("claims_parameter_supported", false);
        document.put("request_parameter_supported", false);
        document.put("request_uri_parameter_supported", false);
        document.put("authorization_response_iss_parameter_supported", true);
        document.put("backchannel_logout_supported", true);
        document.put("backchannel_logout_session_supported", true);
        return Reply.json(200, document);
    }
}
