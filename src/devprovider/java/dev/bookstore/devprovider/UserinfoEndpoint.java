package dev.bookstore.devprovider;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code GET|POST /oidc/me}: the claims of the access token's scopes. */
final class UserinfoEndpoint implements Endpoint {

    private final ProviderContext context;

    UserinfoEndpoint(ProviderContext context) {
        this.context = context;
    }

    @Override
    public Reply handle(RecordedRequest request) {
        String authorization = request.header("authorization");
        boolean bearer = authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ");
        Optional<Grant> grant = bearer
                ? context.tokens().grantOfAccessToken(authorization.substring(7).trim()) : Optional.empty();
        if (grant.isEmpty()) {
            return Reply.error(401, "invalid_token", "invalid token provided")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        Map<String, Object> claims = UserClaims.userinfo(context.tenant().current(grant.get().user()), grant.get().scopes(), context);
        context.misbehaviour().userinfoSubject().ifPresent(subject -> claims.put("sub", subject));
        return Reply.json(200, claims).withHeader("Cache-Control", "no-store");
    }
}
