package dev.bookstore.devprovider;

import java.util.Optional;

/** {@code POST /oidc/token}: authenticates the client, then serves the grant type it asks for (client_credentials for machine-to-machine apps). */
final class TokenEndpoint implements Endpoint {

    private final ClientAuthentication clientAuthentication;
    private final AuthorizationCodeGrant codeGrant;
    private final RefreshTokenGrant refreshGrant;

    private final MachineToMachineGrant machineGrant;

    TokenEndpoint(ProviderContext context, MachineToMachineGrant machineGrant) {
        this.machineGrant = machineGrant;
        this.clientAuthentication = new ClientAuthentication(context.tenant(), context.misbehaviour());
        this.codeGrant = new AuthorizationCodeGrant(context);
        this.refreshGrant = new RefreshTokenGrant(context);
    }

    @Override
    public Reply handle(RecordedRequest request) {
        if ("client_credentials".equals(request.parameter("grant_type"))) {
            return machineGrant.exchange(request);
        }
        Optional<LocalLogtoClient> client = clientAuthentication.authenticate(request);
        if (client.isEmpty()) {
            return ClientAuthentication.failure();
        }
        String grantType = request.parameter("grant_type");
        if (grantType == null) {
            return Reply.error(400, "invalid_request", "missing required parameter 'grant_type'");
        }
        return switch (grantType) {
            case "authorization_code" -> codeGrant.exchange(request, client.get());
            case "refresh_token" -> refreshGrant.exchange(request, client.get());
            default -> Reply.error(400, "unsupported_grant_type", "unsupported grant_type requested");
        };
    }
}
