package dev.bookstore.devprovider;

import java.util.Optional;

/** {@code POST /oidc/token/revocation} (RFC 7009): always 200 once the client is authenticated. */
final class RevocationEndpoint implements Endpoint {

    private final ProviderContext context;
    private final ClientAuthentication clientAuthentication;

    RevocationEndpoint(ProviderContext context) {
        this.context = context;
        this.clientAuthentication = new ClientAuthentication(context.tenant(), context.misbehaviour());
    }

    @Override
    public Reply handle(RecordedRequest request) {
        Optional<LocalLogtoClient> client = clientAuthentication.authenticate(request);
        if (client.isEmpty()) {
            return ClientAuthentication.failure();
        }
        String token = request.parameter("token");
        if (token == null) {
            return Reply.error(400, "invalid_request", "missing required parameter 'token'");
        }
        context.tokens().revoke(token, client.get().clientId());
        return Reply.empty(200);
    }
}
