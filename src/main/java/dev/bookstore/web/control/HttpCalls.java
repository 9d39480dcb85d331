package dev.bookstore.web.control;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The app's outgoing HTTP calls (to Logto, and to its own API): one shared client with bounded waits.
 * HTTP/1.1, because the JDK client's attempt to upgrade plain-http connections to HTTP/2 can stall.
 */
public final class HttpCalls {

    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    private HttpCalls() {
    }

    /** Sends with the shared timeout; an interruption is reported as an I/O failure (the thread keeps its flag). */
    public static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return CLIENT.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }
}
