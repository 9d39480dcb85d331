package dev.bookstore.devprovider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shows every request to the observer (tests record them), then dispatches it by method and path (or answers as a
 * misbehaving provider would) and writes the reply.
 */
final class ProviderRouter implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ProviderRouter.class.getName());

    private final Map<String, Endpoint> routes = new HashMap<>();
    private final Endpoint avatars = new AvatarEndpoint();
    private final Endpoint managementApi;
    private final ProviderObserver observer;
    private final Misbehaviour misbehaviour;

    ProviderRouter(ProviderContext context, ProviderObserver observer) {
        this.observer = observer;
        this.misbehaviour = context.misbehaviour();
        route("GET", "/oidc/.well-known/openid-configuration", new DiscoveryEndpoint(context));
        route("GET", "/oidc/jwks", request -> Reply.json(200, context.signingKeys().jwks()));
        route("GET", "/oidc/auth", new AuthorizationEndpoint(context));
        route("POST", "/oidc/auth/submit", new SignInSubmitEndpoint(context));
        MachineToMachineGrant machineTokens = new MachineToMachineGrant(context);
        managementApi = new ManagementApi(context, machineTokens);
        route("POST", "/oidc/token", new TokenEndpoint(context, machineTokens));
        route("POST", "/oidc/token/revocation", new RevocationEndpoint(context));
        Endpoint userinfo = new UserinfoEndpoint(context);
        route("GET", "/oidc/me", userinfo);
        route("POST", "/oidc/me", userinfo);
        Endpoint endSession = new EndSessionEndpoint(context);
        route("GET", "/oidc/session/end", endSession);
        route("POST", "/oidc/session/end", endSession);
    }

    private void route(String method, String path, Endpoint endpoint) {
        routes.put(method + " " + path, endpoint);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = RequestReader.read(exchange);
            observer.received(request);
            write(exchange, replyTo(request));
        }
    }

    private Reply replyTo(RecordedRequest request) {
        Optional<Reply> instead = misbehaviour.replyInstead(request);
        if (instead.isPresent()) {
            return instead.get();
        }
        try {
            Endpoint endpoint = routes.get(request.method() + " " + request.path());
            boolean avatar = request.method().equals("GET") && request.path().startsWith(AvatarEndpoint.PREFIX);
            if (endpoint == null && avatar) {
                endpoint = avatars;
            }
            if (endpoint == null && request.path().startsWith(ManagementApi.PREFIX)) {
                endpoint = managementApi;
            }
            return endpoint == null ? Reply.notFound() : endpoint.handle(request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Local Logto failed on " + request.method() + " " + request.path());
            return Reply.error(500, "server_error", "the local provider failed; see the server log");
        }
    }

    private static void write(HttpExchange exchange, Reply reply) throws IOException {
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        boolean noBody = reply.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }
}
