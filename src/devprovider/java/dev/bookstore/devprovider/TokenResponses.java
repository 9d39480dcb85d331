package dev.bookstore.devprovider;

import java.util.LinkedHashMap;
import java.util.Map;

/** The token endpoint's success response for a grant. */
final class TokenResponses {

    private TokenResponses() {
    }

    /** An opaque access token, the ID token and, only with offline access, a fresh refresh token. */
    static Reply issue(Grant grant, String nonce, ProviderContext context) {
        return respond(grant, nonce, context.tokens().issueAccessToken(grant), String.join(" ", grant.scopes()),
                context);
    }

    /** As above, but the access token is a JWT for the audience, and the response names the audience's scopes. */
    static Reply issue(Grant grant, String nonce, TokenAudience audience, ProviderContext context) {
        return respond(grant, nonce, JwtAccessTokens.issue(grant, audience, context), audience.scope(), context);
    }

    /** {@code scope} may be null: Logto then leaves it out of the response. */
    private static Reply respond(Grant grant, String nonce, String accessToken, String scope,
            ProviderContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", accessToken);
        json.put("expires_in", context.tokens().accessTokenLifetime().toSeconds());
        json.put("id_token", IdTokens.issue(grant, nonce, accessToken, context));
        if (grant.offline()) {
            json.put("refresh_token", context.tokens().issueRefreshToken(grant));
        }
        if (scope != null) {
            json.put("scope", scope);
        }
        json.put("token_type", "Bearer");
        return Reply.json(200, json).withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }
}
