package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.CodeRelay;
import dev.bookstore.auth.control.RelayAccess;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.logto.control.OAuthErrorAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where Liberty's mechanism redeems the authorization code (its token endpoint, set in {@link LogtoOpenIdDefinition}).
 * Liberty's own HTTP client waits for Logto without any limit, so a hanging token endpoint would hold every
 * callback; the app passes the request on to Logto's real token endpoint (from discovery) with the sign-in's PKCE
 * verifier, checks the ID token first, and answers Logto's reply, or an error once {@code LOGTO_TIMEOUT} has passed
 * ({@link CodeRelay}). Only the server itself may call it, and only with this app's own credentials
 * ({@link RelayAccess}): the relay is no way into Logto for anyone else.
 * Liberty workaround; upstream report drafted in docs/upstream/oidc-token-request-no-timeout.md.
 */
@WebServlet(TokenRelayServlet.PATH)
public class TokenRelayServlet extends HttpServlet {

    static final String PATH = "/internal/logto-token";

    @Inject
    AppConfiguration configuration;

    @Inject
    CodeRelay relay;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!RelayAccess.fromThisServer(request.getLocalAddr(), request.getLocalPort(),
                configuration.settings().internalUrl().getPort())) {
            OAuthErrorAnswer.send(response, HttpServletResponse.SC_FORBIDDEN, "access_denied", "only this server may use the relay");
            return;
        }
        if (!RelayAccess.fromThisApp(request.getParameter("client_id"), request.getParameter("client_secret"),
                request.getHeader("Authorization"), configuration.settings())) {
            OAuthErrorAnswer.send(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid_client", "only this app's own code exchange is relayed");
            return;
        }
        CodeRelay.Answer answer = relay.redeem(fields(request.getParameterMap()), request.getHeader("Authorization"));
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        response.getWriter().write(answer.body());
    }

    private static List<Map.Entry<String, String>> fields(Map<String, String[]> parameters) {
        return parameters.entrySet().stream()
                .flatMap(entry -> Arrays.stream(entry.getValue()).map(value -> Map.entry(entry.getKey(), value)))
                .toList();
    }
}
