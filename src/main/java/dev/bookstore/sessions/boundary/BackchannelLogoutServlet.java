package dev.bookstore.sessions.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.bookstore.sessions.control.EndedSignIns;
import dev.bookstore.sessions.control.LogoutTokenVerifier;
import dev.bookstore.sessions.control.SignedInSessions;
import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.logto.control.OAuthErrorAnswer;
import dev.bookstore.ground.control.RefusalLog;
import dev.bookstore.logto.control.InvalidTokenException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Logto's back-channel logout URI ({@code <base>/backchannel-logout}): Logto posts a signed logout token
 * when a user signs out elsewhere; every session it names ends here, so the user's next request is signed
 * out. Answers 200, or 400 with a JSON error (OpenID Connect Back-Channel Logout 1.0, 2.8).
 */
@WebServlet("/backchannel-logout")
public class BackchannelLogoutServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(BackchannelLogoutServlet.class.getName());
    private static final RefusalLog REFUSALS = new RefusalLog(LOG, Clock.systemUTC());

    @Inject
    BookstoreMetrics metrics;

    @Inject
    LogoutTokenVerifier verifier;

    @Inject
    SignedInSessions sessions;

    @Inject
    EndedSignIns endedSignIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        if (token == null || token.isBlank()) {
            metrics.backchannelLogout("refused");
            refuse(response, "invalid_request", "logout_token is missing");
            return;
        }
        JWTClaimsSet claims;
        try {
            claims = verifier.verify(token);
        } catch (InvalidTokenException invalid) {
            REFUSALS.refused("Back-channel logout refused", invalid.getMessage());
            metrics.backchannelLogout("refused");
            refuse(response, "invalid_request", "the logout token is not valid");
            return;
        }
        String sid = (String) claims.getClaim("sid");
        // iat is in whole seconds: the token ends the sign-ins made up to the end of its second
        Instant issuedAt = claims.getIssueTime().toInstant().plusMillis(999);
        int ended = sessions.end(claims.getSubject(), sid, issuedAt);
        LOG.info(() -> "Back-channel logout ended " + ended + " session(s) here");
        try {
            // For every member: a session of this sign-in may live on another one.
            endedSignIns.end(claims.getSubject(), sid, issuedAt);
        } catch (RuntimeException clusterUnreachable) {
            LOG.severe(() -> "Back-channel logout ended this member's sessions but could not reach the cluster: " + clusterUnreachable);
            metrics.backchannelLogout("failed");
            OAuthErrorAnswer.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "temporarily_unavailable",
                    "the logout could not be shared with every member");
            return;
        }
        metrics.backchannelLogout("accepted");
        response.setStatus(HttpServletResponse.SC_OK);
    }

    private static void refuse(HttpServletResponse response, String error, String description) throws IOException {
        OAuthErrorAnswer.send(response, HttpServletResponse.SC_BAD_REQUEST, error, description);
    }
}
