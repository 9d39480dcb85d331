package dev.bookstore.devprovider;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an exchange into a {@link RecordedRequest}: query and form parameters merged, header names lower-cased, a
 * JSON body kept as it came.
 */
final class RequestReader {

    private static final int MAX_BODY_BYTES = 1 << 20;

    private RequestReader() {
    }

    static RecordedRequest read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        UrlEncoding.parseInto(exchange.getRequestURI().getRawQuery(), parameters);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>()).addAll(values));
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String json = "";
        if (isForm(contentType)) {
            UrlEncoding.parseInto(body(exchange), parameters);
        } else if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            json = body(exchange);
        }
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                parameters, headers, json);
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        }
    }
}
