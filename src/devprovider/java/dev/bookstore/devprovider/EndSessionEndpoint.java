package dev.bookstore.devprovider;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET|POST /oidc/session/end}: RP-initiated logout. Ending a session also tells the client through its
 * back-channel logout URI, if it has one, before the browser gets its answer.
 */
final class EndSessionEndpoint implements Endpoint {

    private final ProviderContext context;

    EndSessionEndpoint(ProviderContext context) {
        this.context = context;
    }

    @Override
    public Reply handle(RecordedRequest request) {
        String clientId = request.parameter("client_id");
        String hint = request.parameter("id_token_hint");
        if (hint != null) {
            Optional<String> audience = context.signingKeys().verify(hint).map(EndSessionEndpoint::audience);
            if (audience.isEmpty() || (clientId != null && !clientId.equals(audience.get()))) {
                return MessagePages.error(400, "invalid_request", "id_token_hint could not be validated");
            }
            clientId = audience.get();
        }
        if (clientId != null && !context.isClient(clientId)) {
            return MessagePages.error(400, "invalid_client", "The client_id is not registered.");
        }
        String postLogout = request.parameter("post_logout_redirect_uri");
        if (postLogout != null
                && (clientId == null || !context.tenant().client(clientId).orElseThrow().postLogoutRedirectUris().contains(postLogout))) {
            return MessagePages.error(400, "invalid_request",
                    "post_logout_redirect_uri is not registered for this application.");
        }
        ProviderSessions.idFrom(request).flatMap(context.sessions()::end).ifPresent(this::signedOut);
        Reply reply = postLogout == null ? MessagePages.signedOut()
                : Reply.redirect(UrlEncoding.withQuery(postLogout, stateOf(request)));
        return reply.withHeader("Set-Cookie", ProviderSessions.clearingCookie());
    }

    private void signedOut(ProviderSession ended) {
        context.tokens().revokeOnlineGrantsOf(ended.sid());
        context.tenant().backchannelUri(ended.clientId()).ifPresent(uri ->
                context.backchannelLogout().deliver(URI.create(uri), LogoutTokens.issue(ended, context)));
    }

    private static Map<String, String> stateOf(RecordedRequest request) {
        String state = request.parameter("state");
        return state == null ? Map.of() : Map.of("state", state);
    }

    private static String audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud instanceof List<?> list && list.size() == 1) {
            aud = list.get(0);
        }
        return aud instanceof String single ? single : null;
    }
}
