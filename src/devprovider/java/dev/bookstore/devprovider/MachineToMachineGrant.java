package dev.bookstore.devprovider;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code grant_type=client_credentials} for machine-to-machine apps, as Logto 1.42 answers it for its Management
 * API: a JWT for {@code resource=https://default.logto.app/api} whose scope is {@code all} only when the app has
 * the role "Logto Management API access" (otherwise 200 without a scope, and the API answers 403).
 */
final class MachineToMachineGrant {

    static final String MANAGEMENT_API = "https://default.logto.app/api";
    private static final long LIFETIME_SECONDS = 3600;

    private final ProviderContext context;

    MachineToMachineGrant(ProviderContext context) {
        this.context = context;
    }

    Reply exchange(RecordedRequest request) {
        String[] credentials = ClientAuthentication.credentials(request);
        if (credentials == null) {
            return Reply.error(400, "invalid_request", "no client authentication mechanism provided");
        }
        Optional<Tenant.MachineClient> client = context.tenant().machineClient(credentials[0]);
        if (client.isEmpty() && context.isClient(credentials[0])) {
            // a web app authenticates first; only then is the grant type refused to it
            boolean authenticated = context.tenant().client(credentials[0])
                    .filter(web -> ClientAuthentication.sameSecret(web.clientSecret(), credentials[1])).isPresent();
            return authenticated ? Reply.error(400, "unauthorized_client", "requested grant type is not allowed for this client")
                    : ClientAuthentication.failure();
        }
        if (client.isEmpty()) {
            return Reply.error(400, "invalid_client", "invalid client " + credentials[0]);
        }
        if (!ClientAuthentication.sameSecret(client.get().secret(), credentials[1])) {
            return ClientAuthentication.failure();
        }
        if (!MANAGEMENT_API.equals(request.parameter("resource"))) {
            return Reply.error(400, "invalid_target", "resource indicator is missing, or unknown");
        }
        boolean all = client.get().managementAccess() && ScopeWords.of(request.parameter("scope")).anyMatch("all"::equals);
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", context.issuer());
        claims.put("aud", MANAGEMENT_API);
        claims.put("sub", client.get().clientId());
        claims.put("client_id", client.get().clientId());
        claims.put("jti", RandomValues.urlSafe());
        claims.put("iat", now);
        claims.put("exp", now + LIFETIME_SECONDS);
        if (all) {
            claims.put("scope", "all");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", context.signingKeys().current().sign(claims));
        answer.put("expires_in", LIFETIME_SECONDS);
        answer.put("token_type", "Bearer");
        if (all) {
            answer.put("scope", "all");
        }
        return Reply.json(200, answer).withHeader("Cache-Control", "no-store");
    }

    /** Logto's check of a Management API bearer token; empty answer means the token may use the API. */
    Optional<Reply> refusal(RecordedRequest request) {
        String authorization = request.header("authorization");
        if (authorization == null) {
            return Optional.of(ManagementReplies.error(401, "auth.authorization_header_missing", "Authorization header is missing."));
        }
        if (!authorization.startsWith("Bearer ")) {
            return Optional.of(ManagementReplies.error(401, "auth.authorization_token_type_not_supported",
                    "Authorization type is not supported. Only Bearer is supported."));
        }
        Optional<Map<String, Object>> claims = context.signingKeys().verify(authorization.substring(7).trim())
                .filter(verified -> MANAGEMENT_API.equals(verified.get("aud")) || List.of(MANAGEMENT_API).equals(verified.get("aud")))
                .filter(verified -> verified.get("exp") instanceof Number exp && exp.longValue() > Instant.now().getEpochSecond());
        if (claims.isEmpty()) {
            return Optional.of(ManagementReplies.error(401, "auth.unauthorized", "Unauthorized. Please check credentials and its scope."));
        }
        if (!ScopeWords.of((String) claims.get().get("scope")).anyMatch("all"::equals)) {
            return Optional.of(ManagementReplies.error(403, "auth.forbidden", "Forbidden. Please check your user roles and permissions."));
        }
        return Optional.empty();
    }
}
