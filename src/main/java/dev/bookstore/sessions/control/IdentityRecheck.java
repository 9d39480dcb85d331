package dev.bookstore.sessions.control;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.bookstore.logto.control.InvalidTokenException;
import dev.bookstore.logto.control.LogtoJwtVerifier;
import dev.bookstore.profile.control.ProfileReader;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.control.AccessTokens;
import dev.bookstore.tokens.control.SignInAgainException;
import dev.bookstore.tokens.control.TokenRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Asks Logto who a signed-in user is now, by a refresh grant ({@link SessionRecheck} says when). The new ID token
 * brings roles, organizations, name, picture and email as Logto now has them; {@code invalid_grant} means Logto ended
 * the grant (a revoked grant, a deleted session, a suspended user).
 */
@ApplicationScoped
public class IdentityRecheck {

    private static final Logger LOG = Logger.getLogger(IdentityRecheck.class.getName());

    /** What a check found. */
    public sealed interface Finding {
        /** Logto's current word on the user; {@code changed} when anything differs from the session's profile. */
        record Current(UserProfile profile, boolean changed) implements Finding {
        }

        /** Logto ended the grant: the sign-in is over. */
        record GrantEnded(String reason) implements Finding {
        }

        /** Logto could not be asked: the session keeps what it has until the next check. */
        record Unknown(String reason) implements Finding {
        }
    }

    @Inject
    AccessTokens tokens;

    @Inject
    LogtoJwtVerifier verifier;

    Finding check(HttpSession session, UserProfile profile) {
        Map<String, Object> answer;
        try {
            answer = tokens.refreshIdentity(session);
        } catch (SignInAgainException ended) {
            return new Finding.GrantEnded(ended.getMessage());
        } catch (TokenRefusedException | IOException failing) {
            LOG.warning(() -> "Could not ask Logto again about a signed-in user; the session keeps what it has: " + failing.getMessage());
            return new Finding.Unknown(failing.getMessage());
        }
        if (!(answer.get("id_token") instanceof String idToken)) {
            return new Finding.Unknown("Logto's refresh answer holds no ID token");
        }
        try {
            JWTClaimsSet claims = verifier.idToken(idToken, null, answer.get("access_token") instanceof String access ? access : null);
            if (!profile.subject().equals(claims.getSubject())) {
                return new Finding.GrantEnded("Logto's refreshed ID token is about another user");
            }
            UserProfile current = ProfileReader.refreshed(profile, claims.toJSONObject());
            return new Finding.Current(current, !current.equals(profile));
        } catch (InvalidTokenException refused) {
            LOG.warning(() -> "Logto's refreshed ID token was refused; the session keeps what it has: " + refused.getMessage());
            return new Finding.Unknown(refused.getMessage());
        }
    }
}
