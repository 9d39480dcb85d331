package dev.bookstore.bench;

import java.io.IOException;
import java.net.CookieManager;
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
 * One visitor: its own cookies, over a client shared by all visitors of a load point (connections are
 * pooled as a browser pool would). Redirects are not followed, so each hop can be timed.
 */
final class Browser {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();

    Browser(HttpClient client) {
        this.client = client;
    }

    /** HTTP/1.1 as a browser on plain http: the JDK client's h2c upgrade attempt stalls with Liberty. */
    static HttpClient sharedClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).GET(), uri);
    }

    HttpResponse<String> post(URI uri, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), uri);
    }

    /** Follows the Location of a redirect, resolved against the request that got it. */
    HttpResponse<String> follow(HttpResponse<String> redirect) throws IOException, InterruptedException {
        return get(location(redirect));
    }

    static URI location(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "expected a redirect from " + redirect.uri() + ", got HTTP " + redirect.statusCode()));
        return redirect.uri().resolve(location);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, URI uri) throws IOException, InterruptedException {
        List<String> cookieHeader = cookies.get(uri, Map.of()).getOrDefault("Cookie", List.of());
        if (!cookieHeader.isEmpty()) {
            request.header("Cookie", String.join("; ", cookieHeader));
        }
        HttpResponse<String> response = client.send(request.timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        cookies.put(uri, response.headers().map());
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
