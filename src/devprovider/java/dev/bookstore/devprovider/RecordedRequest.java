package dev.bookstore.devprovider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the provider received it. Parameters merge the query string and a urlencoded form body;
 * header names are lower-cased; {@code json} is a JSON body as sent (the Management API's), else empty.
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> parameters,
        Map<String, List<String>> headers, String json) {

    public RecordedRequest {
        parameters = frozen(parameters);
        headers = frozen(headers);
    }

    /** The first value of the parameter, or null. */
    public String parameter(String name) {
        return first(parameters, name);
    }

    /** The first value of the header (any case), or null. */
    public String header(String name) {
        return first(headers, name.toLowerCase(Locale.ROOT));
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> found = values.get(name);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    private static Map<String, List<String>> frozen(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }
}
