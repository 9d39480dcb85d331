package dev.bookstore.web.control;

import dev.bookstore.ground.control.TraceParent;
import jakarta.servlet.ServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A short id shown on error pages and written next to the log line, so support can find one in the other; when
 * traced, it is also an attribute of the request's span ({@code bookstore.request_id}).
 */
public final class RequestId {

    private static final String ATTRIBUTE = RequestId.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestId() {
    }

    public static String of(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        request.setAttribute(ATTRIBUTE, id);
        RequestIdField.set(id);
        TraceParent.noteRequestId(id);
        return id;
    }

    /** The request's id if it has been given one, else null. */
    public static String existing(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? id : null;
    }
}
