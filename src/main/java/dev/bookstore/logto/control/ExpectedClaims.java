package dev.bookstore.logto.control;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The claims a kind of Logto token must and must not carry, checked by Nimbus's verifier as configured; the audience
 * and the issuer are looked at first, so that a token refused for either is noted as such ({@link TokenVerification}).
 * A null audience is one the caller compares itself (an organization token: its organization is the request's).
 */
final class ExpectedClaims extends DefaultJWTClaimsVerifier<TokenVerification> {

    ExpectedClaims(String audience, String issuer, Set<String> required, Set<String> prohibited) {
        super(audience == null ? null : Set.of(audience), new JWTClaimsSet.Builder().issuer(issuer).build(), required,
                prohibited);
    }

    @Override
    public void verify(JWTClaimsSet claims, TokenVerification verification) throws BadJWTException {
        List<String> audience = claims.getAudience();
        if (getAcceptedAudienceValues() != null
                && (audience == null || Collections.disjoint(audience, getAcceptedAudienceValues()))) {
            verification.refused(TokenRefusal.WRONG_AUDIENCE);
            throw new BadJWTException("JWT aud claim is not " + getAcceptedAudienceValues());
        }
        if (!getExactMatchClaims().getIssuer().equals(claims.getIssuer())) {
            verification.refused(TokenRefusal.WRONG_ISSUER);
            throw new BadJWTException("JWT iss claim is not " + getExactMatchClaims().getIssuer());
        }
        super.verify(claims, verification);
    }
}
