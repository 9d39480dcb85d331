package dev.bookstore.devprovider;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response to send: status, headers and body bytes. */
record Reply(int status, Map<String, String> headers, byte[] body) {

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply json(int status, Map<String, ?> json) {
        return of(status, "application/json; charset=utf-8", JSONObjectUtils.toJSONString(json));
    }

    /** An OAuth error body, e.g. {@code {"error":"invalid_grant","error_description":"..."}}. */
    static Reply error(int status, String error, String description) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", error);
        json.put("error_description", description);
        return json(status, json).withHeader("Cache-Control", "no-store");
    }

    static Reply html(int status, String html) {
        return of(status, "text/html; charset=utf-8", html).withHeader("Cache-Control", "no-store");
    }

    static Reply of(int status, String contentType, String body) {
        return new Reply(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply redirect(String location) {
        return new Reply(302, Map.of("Location", location, "Cache-Control", "no-store"), new byte[0]);
    }

    static Reply empty(int status) {
        return new Reply(status, Map.of(), new byte[0]);
    }

    static Reply notFound() {
        return json(404, Map.of("error", "not_found"));
    }

    Reply withStatus(int other) {
        return new Reply(other, headers, body);
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, body);
    }
}
