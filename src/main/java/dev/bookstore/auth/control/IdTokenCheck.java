package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.ExchangeResult;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.logto.control.InvalidTokenException;
import dev.bookstore.logto.control.LogtoJwtVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * The ID token of Logto's token answer, checked before Liberty's mechanism sees it (signature by Logto's keys, issuer,
 * audience, times, the nonce this app sent, {@code at_hash}): the one place the app reads the ID token's claims.
 * Also a Liberty workaround: docs/upstream/oidc-refused-id-token-quoted-in-log.md.
 */
@ApplicationScoped
public class IdTokenCheck {

    @Inject
    LogtoJwtVerifier verifier;

    /** Logto's tokens with the ID token's verified claims, or why the ID token is refused. */
    public ExchangeResult check(Map<String, Object> tokens, String sentNonce) {
        String access = tokens.get("access_token") instanceof String value ? value : null;
        if (!(tokens.get("id_token") instanceof String idToken)) {
            return ExchangeResult.refused(new SignInRefusal(SignInProblem.FAILED, "Logto's token answer holds no ID token"));
        }
        if (sentNonce == null) {
            // Liberty checks no nonce (useNonce = false): a sign-in without one of the app's is not checked at all.
            return ExchangeResult.refused(new SignInRefusal(SignInProblem.FAILED, "the sign-in sent no nonce this app knows"));
        }
        try {
            Map<String, Object> claims = verifier.idToken(idToken, sentNonce, access).toJSONObject();
            return ExchangeResult.redeemed(claims, access, tokens.get("refresh_token") instanceof String refresh ? refresh : null);
        } catch (InvalidTokenException refused) {
            return ExchangeResult.refused(refused.keysUnavailable()
                    ? new SignInRefusal(SignInProblem.UNAVAILABLE, "Logto's key set could not be read: " + refused.getMessage())
                    : new SignInRefusal(SignInProblem.FAILED, "the ID token was refused: " + refused.getMessage()));
        }
    }
}
