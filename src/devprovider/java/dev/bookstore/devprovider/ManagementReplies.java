package dev.bookstore.devprovider;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Replies in the Management API's forms: Logto's RequestError body, and lists with Logto's pagination. */
final class ManagementReplies {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private ManagementReplies() {
    }

    /** {@code {"code": "...", "message": "..."}}, as Logto's error handler writes a RequestError. */
    static Reply error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        return Reply.json(status, body);
    }

    static Reply notFound(String table, String id) {
        return error(404, "entity.not_exists_with_id", "The " + table + " with ID `" + id + "` does not exist.");
    }

    /**
     * A list: whole when the request names neither {@code page} nor {@code page_size} and the route allows it,
     * else one page (default 20, at most 100) with the {@code Total-Number} header.
     */
    static Reply list(RecordedRequest request, List<Map<String, Object>> items, boolean pagesOptional) {
        String page = request.parameter("page");
        String pageSize = request.parameter("page_size");
        if (pagesOptional && page == null && pageSize == null) {
            return array(items);
        }
        int number;
        int size;
        try {
            number = page == null ? 1 : Integer.parseInt(page);
            size = pageSize == null ? DEFAULT_PAGE_SIZE : Integer.parseInt(pageSize);
        } catch (NumberFormatException notANumber) {
            return error(400, "guard.invalid_pagination", "The pagination value of the request is invalid.");
        }
        if (number < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            return error(400, "guard.invalid_pagination", "The pagination value of the request is invalid.");
        }
        int from = Math.min(items.size(), (number - 1) * size);
        return array(items.subList(from, Math.min(items.size(), from + size)))
                .withHeader("Total-Number", String.valueOf(items.size()));
    }

    /** The request's JSON object, or null when the body is not one (Logto: 400 guard.invalid_input). */
    static Map<String, Object> body(RecordedRequest request) {
        try {
            return request.json().isBlank() ? null : JSONObjectUtils.parse(request.json());
        } catch (ParseException notJson) {
            return null;
        }
    }

    static Reply invalidInput() {
        return error(400, "guard.invalid_input", "The request body is invalid.");
    }

    static Reply array(List<?> items) {
        return Reply.of(200, "application/json; charset=utf-8", JSONArrayUtils.toJSONString(items));
    }
}
