package dev.bookstore.devprovider;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** application/x-www-form-urlencoded parsing and query building. */
final class UrlEncoding {

    private UrlEncoding() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** Adds the pairs of {@code encoded} (may be null) to {@code into}, keeping their order. */
    static void parseInto(String encoded, Map<String, List<String>> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            into.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
    }

    /** {@code uri} with the non-null {@code parameters} appended to its query. */
    static String withQuery(String uri, Map<String, String> parameters) {
        StringBuilder result = new StringBuilder(uri);
        char separator = uri.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (parameter.getValue() != null) {
                result.append(separator).append(encode(parameter.getKey()))
                        .append('=').append(encode(parameter.getValue()));
                separator = '&';
            }
        }
        return result.toString();
    }
}
