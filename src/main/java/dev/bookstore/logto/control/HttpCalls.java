package dev.bookstore.logto.control;

import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.ground.control.TraceParent;
import dev.bookstore.ground.control.Traces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The app's outgoing HTTP calls (to Logto, and to its own API): one shared client, every call bounded by
 * {@code LOGTO_TIMEOUT}. HTTP/1.1, because the JDK client's attempt to upgrade plain-http connections to
 * HTTP/2 can stall.
 */
@ApplicationScoped
public class HttpCalls {

    @Inject
    AppConfiguration configuration;

    @Inject
    BookstoreMetrics metrics;

    @Inject
    Traces traces;

    private Duration timeout;
    private HttpClient client;

    @PostConstruct
    void create() {
        timeout = configuration.settings().timeout();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** A POST of {@code fields} (in order, names may repeat) as an HTML form, as OAuth endpoints take them, asking for JSON. */
    public static HttpRequest.Builder formPost(URI uri, List<Map.Entry<String, String>> fields) {
        String form = fields.stream().map(field -> formEncode(field.getKey()) + "=" + formEncode(field.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form));
    }

    /** application/x-www-form-urlencoded, as form fields and OAuth client credentials (RFC 6749, 2.3.1) are written. */
    public static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Sends with the shared timeout; an interruption is reported as an I/O failure (the thread keeps its flag).
     * A call to Logto is timed, by endpoint and outcome ({@link BookstoreMetrics#logtoCall}). Each call is a client
     * span of the current trace, whose context goes with the request (W3C traceparent).
     */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        HttpRequest built = request.timeout(timeout).build();
        String logtoEndpoint = LogtoEndpointNames.of(built.uri(), configuration.settings().endpoint());
        Span span = traces.outgoing(built.method(), logtoEndpoint, built.uri().getHost(), port(built.uri()));
        long start = System.nanoTime();
        String outcome = "error";
        try (Scope scope = span.makeCurrent()) {
            if (span.getSpanContext().isValid()) {
                TraceParent.propagate(request);
                built = request.build();
            }
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            outcome = response.statusCode() / 100 + "xx";
            span.setAttribute("http.response.status_code", (long) response.statusCode());
            return response;
        } catch (java.net.http.HttpTimeoutException late) {
            outcome = "timeout";
            throw late;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        } finally {
            if (logtoEndpoint != null) {
                metrics.logtoCall(logtoEndpoint, outcome, Duration.ofNanos(System.nanoTime() - start));
            }
            if (!outcome.equals("2xx") && !outcome.equals("3xx")) {
                span.setStatus(StatusCode.ERROR, outcome);
            }
            span.end();
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
