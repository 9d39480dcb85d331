package dev.bookstore.logto.control;

import com.nimbusds.jose.proc.SecurityContext;

/**
 * One token's verification, which Nimbus hands to every check it runs: the checks this app adds to Nimbus's (key
 * selection, issuer, audience) note here that they refused the token, since Nimbus reports some of their refusals
 * with no exception type of their own.
 */
final class TokenVerification implements SecurityContext {

    private TokenRefusal refusal;

    void refused(TokenRefusal why) {
        refusal = why;
    }

    /** The refusal a check of this app noted, or null. */
    TokenRefusal refusal() {
        return refusal;
    }
}
