package dev.bookstore.auth.boundary;

import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.logto.control.LogtoConfiguration;
import dev.bookstore.logto.control.LogtoEndpoints;
import dev.bookstore.logto.control.OAuthErrorAnswer;
import dev.bookstore.logto.entity.LogtoSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Where Liberty's mechanism redeems the authorization code (its token endpoint, set in {@link LogtoOpenIdDefinition}).
 * Liberty's own HTTP client waits for Logto without any limit, so a hanging token endpoint would hold every
 * callback; the app passes the request on to Logto's real token endpoint (from discovery) as it is, and answers
 * Logto's reply as it is, or 504 once {@code LOGTO_TIMEOUT} has passed. Only the server itself may call it, and only
 * with this app's own credentials: the relay is no way into Logto for anyone else.
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
        if (!fromThisServer(request)) {
            OAuthErrorAnswer.send(response, HttpServletResponse.SC_FORBIDDEN, "access_denied", "only this server may use the relay");
            return;
        }
        if (!fromThisApp(request)) {
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

    /**
     * Liberty calls the relay at APP_INTERNAL_URL, on loopback or on the server's own address; anyone else is
     * refused before their credentials are looked at. The address is the one Liberty's remoteIp settles on, so a
     * request through a trusted proxy counts as coming from the client the proxy names.
     */
    private static boolean fromThisServer(HttpServletRequest request) {
        String caller = request.getRemoteAddr();
        try {
            return InetAddress.getByName(caller).isLoopbackAddress() || caller.equals(request.getLocalAddr());
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /** The caller has this app's client id and secret, in the form (client_secret_post) or as Basic credentials. */
    private boolean fromThisApp(HttpServletRequest request) {
        LogtoSettings settings = configuration.settings();
        String id = request.getParameter("client_id");
        String secret = request.getParameter("client_secret");
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] basic = new String(Base64.getMimeDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8)
                    .split(":", 2);
            id = basic.length == 2 ? URLDecoder.decode(basic[0], StandardCharsets.UTF_8) : null;
            secret = basic.length == 2 ? URLDecoder.decode(basic[1], StandardCharsets.UTF_8) : null;
        }
        return id != null && secret != null && settings.appId().equals(id)
                && MessageDigest.isEqual(settings.appSecret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Map.Entry<String, String>> fields(Map<String, String[]> parameters) {
        return parameters.entrySet().stream()
                .flatMap(entry -> Arrays.stream(entry.getValue()).map(value -> Map.entry(entry.getKey(), value)))
                .toList();
    }
}
