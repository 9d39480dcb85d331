package dev.bookstore.devprovider;

import java.util.LinkedHashMap;
import java.util.Map;

/** The token endpoint's success response for a grant. */
final class TokenResponses {

    private TokenResponses() {
    }

    /** An opaque access token, the ID token and, only with offline access, a fresh refresh token. */
    static Reply issue(Grant grant, String nonce, ProviderContext context) {
        String accessToken = context.tokens().issueAccessToken(grant);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("access_token", accessToken);
        json.put("expires_in", IssuedTokens.ACCESS_TOKEN_LIFETIME.toSeconds());
        json.put("id_token", IdTokens.issue(grant, nonce, accessToken, context));
        if (grant.offline()) {
            json.put("refresh_token", context.tokens().issueRefreshToken(grant));
        }
        json.put("scope", String.join(" ", grant.scopes()));
        json.put("token_type", "Bearer");
        return Reply.json(200, json).withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }
}
