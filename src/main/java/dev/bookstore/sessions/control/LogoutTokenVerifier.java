package dev.bookstore.sessions.control;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.bookstore.logto.control.LogtoJwtVerifier;
import dev.bookstore.logto.control.InvalidTokenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Checks a back-channel logout token as OpenID Connect Back-Channel Logout 1.0 (2.6) asks: signature by
 * Logto, {@code typ} logout+jwt, issuer, audience = this app, no {@code nonce} ({@link LogtoJwtVerifier}), a recent {@code iat},
 * the back-channel {@code events} member, {@code sid} and/or {@code sub}, unseen {@code jti}.
 */
@ApplicationScoped
public class LogoutTokenVerifier {

    static final String BACKCHANNEL_EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    @Inject
    LogtoJwtVerifier jwts;

    @Inject
    SeenLogoutTokens seen;

    /** @return the verified claims; their {@code sid} and/or {@code sub} name the sessions to end */
    public JWTClaimsSet verify(String token) throws InvalidTokenException {
        JWTClaimsSet claims = jwts.logoutToken(token);
        Instant issuedAt = claims.getIssueTime().toInstant();
        if (issuedAt.isBefore(Instant.now().minus(MAX_AGE)) || issuedAt.isAfter(Instant.now().plusSeconds(30))) {
            throw new InvalidTokenException("iat is not recent", null);
        }
        if (!(claims.getClaim("events") instanceof Map<?, ?> events) || !(events.get(BACKCHANNEL_EVENT) instanceof Map)) {
            throw new InvalidTokenException("no back-channel logout event", null);
        }
        if (claims.getSubject() == null && claims.getClaim("sid") == null) {
            throw new InvalidTokenException("neither sid nor sub", null);
        }
        if (!seen.firstTime(claims.getJWTID(), issuedAt.plus(MAX_AGE))) {
            throw new InvalidTokenException("replayed jti", null);
        }
        return claims;
    }
}
