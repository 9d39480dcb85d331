package dev.bookstore.web.control;

import dev.bookstore.auth.control.LogtoConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The app's outgoing HTTP calls (to Logto, and to its own API): one shared client, every call bounded by
 * {@code LOGTO_TIMEOUT}. HTTP/1.1, because the JDK client's attempt to upgrade plain-http connections to
 * HTTP/2 can stall.
 */
@ApplicationScoped
public class HttpCalls {

    @Inject
    LogtoConfiguration configuration;

    private Duration timeout;
    private HttpClient client;

    @PostConstruct
    void create() {
        timeout = configuration.settings().timeout();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** Sends with the shared timeout; an interruption is reported as an I/O failure (the thread keeps its flag). */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }
}
