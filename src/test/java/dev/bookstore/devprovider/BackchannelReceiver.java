package dev.bookstore.devprovider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A relying party's back-channel logout endpoint, reduced to recording what it receives and answering 200. */
final class BackchannelReceiver implements AutoCloseable {

    static final String PATH = "/backchannel-logout";

    /** One POST as it arrived. */
    record Delivery(String method, String contentType, Map<String, List<String>> form) {

        String logoutToken() {
            List<String> values = form.getOrDefault("logout_token", List.of());
            return values.size() == 1 ? values.get(0) : null;
        }
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    BackchannelReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, this::receive);
        server.start();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> form = new LinkedHashMap<>();
            UrlEncoding.parseInto(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), form);
            deliveries.add(new Delivery(exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), form));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
