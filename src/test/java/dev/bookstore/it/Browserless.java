package dev.bookstore.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that does not follow redirects, so each hop of the sign-in can be checked.
 * It plays the browser for the HTTP-level ITs.
 */
final class Browserless {

    private final CookieManager cookies;
    // HTTP/1.1 like a browser on plain http: the JDK client's h2c upgrade attempt stalls some exchanges.
    private final HttpClient client;

    Browserless() {
        this(new CookieManager());
    }

    private Browserless(CookieManager cookies) {
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * A browser whose https traffic a TLS-terminating proxy forwards as plain http: it sends its Secure
     * cookies on those http requests too, as they reached the proxy over https.
     */
    static Browserless behindTlsProxy() {
        return new Browserless(new CookieManager() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
                return super.get(asHttps(uri), requestHeaders);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
                super.put(asHttps(uri), responseHeaders);
            }
        });
    }

    private static URI asHttps(URI uri) {
        return URI.create(uri.toString().replaceFirst("^http:", "https:"));
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> getWith(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).headers(headers).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> postJson(String url, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Any method without a body (PUT, DELETE, GET), with headers. */
    HttpResponse<String> sendWith(String method, String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).headers(headers).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Follows the Location header of a redirect (resolved against the request URL). */
    HttpResponse<String> follow(HttpResponse<String> redirect) {
        return get(location(redirect).toString());
    }

    static URI location(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + redirect.statusCode() + " " + redirect.uri()));
        return redirect.uri().resolve(location);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return parameters;
    }

    /** The value of the first {@code <input name="...">} on a page. */
    static String inputValue(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + Pattern.quote(name) + "\"\\s+value=\"([^\"]*)\"").matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no input " + name + " in page:\n" + html);
        }
        return matcher.group(1);
    }

    /** The browser drops a cookie, e.g. the session's, keeping the rest. */
    void forget(String name) {
        List.copyOf(cookies.getCookieStore().getCookies()).stream().filter(cookie -> cookie.getName().equals(name))
                .forEach(cookie -> cookies.getCookieStore().getURIs().forEach(uri -> cookies.getCookieStore().remove(uri, cookie)));
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(30)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri().getPath() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
