package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.RelayAccess;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.logto.control.LogtoConfiguration;
import dev.bookstore.logto.control.LogtoEndpoints;
import dev.bookstore.logto.control.OAuthErrorAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Where Liberty's mechanism redeems the authorization code (its token endpoint, set in {@link LogtoOpenIdDefinition}).
 * Liberty's own HTTP client waits for Logto without any limit, so a hanging token endpoint would hold every
 * callback; the app passes the request on to Logto's real token endpoint (from discovery) as it is, and answers
 * Logto's reply as it is, or 504 once {@code LOGTO_TIMEOUT} has passed. Only the server itself may call it, and only
 * with this app's own credentials ({@link RelayAccess}): the relay is no way into Logto for anyone else.
 */
@WebServlet("/internal/logto-token")
public class TokenRelayServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(TokenRelayServlet.class.getName());

    @Inject
    LogtoConfiguration configuration;

    @Inject
    LogtoEndpoints endpoints;

    @Inject
    HttpCalls http;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!RelayAccess.fromThisServer(request.getRemoteAddr(), request.getLocalAddr())) {
            OAuthErrorAnswer.send(response, HttpServletResponse.SC_FORBIDDEN, "access_denied", "only this server may use the relay");
            return;
        }
        if (!RelayAccess.fromThisApp(request.getParameter("client_id"), request.getParameter("client_secret"),
                request.getHeader("Authorization"), configuration.settings())) {
            OAuthErrorAnswer.send(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid_client", "only this app's own code exchange is relayed");
            return;
        }
        HttpResponse<String> logto;
        try {
            HttpRequest.Builder relayed = HttpCalls.formPost(endpoints.token(), fields(request.getParameterMap()));
            String authorization = request.getHeader("Authorization");
            if (authorization != null) {
                relayed.header("Authorization", authorization);
            }
            logto = http.send(relayed);
        } catch (IOException failing) {
            // Either the token endpoint (bounded by LOGTO_TIMEOUT) or the discovery that names it failed.
            LOG.warning(() -> "Logto's token endpoint could not be asked for the code exchange: " + failing);
            OAuthErrorAnswer.send(response, HttpServletResponse.SC_GATEWAY_TIMEOUT, "temporarily_unavailable",
                    "Logto's token endpoint did not answer in time");
            return;
        }
        response.setStatus(logto.statusCode());
        response.setContentType(logto.headers().firstValue("Content-Type").orElse("application/json"));
        response.getWriter().write(logto.body());
    }

    private static List<Map.Entry<String, String>> fields(Map<String, String[]> parameters) {
        return parameters.entrySet().stream()
                .flatMap(entry -> Arrays.stream(entry.getValue()).map(value -> Map.entry(entry.getKey(), value)))
                .toList();
    }
}
