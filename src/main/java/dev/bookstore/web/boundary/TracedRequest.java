package dev.bookstore.web.boundary;

import dev.bookstore.ground.control.TraceParent;
import dev.bookstore.web.control.RedactedQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A request as Liberty's span of it may see it. Its query keeps no value ({@link RedactedQuery}: a
 * callback's holds the authorization code and state). A callback continues its sign-in's trace: the app's callback
 * span ({@link TraceParent#REQUEST_ATTRIBUTE}) is the W3C {@code traceparent} Liberty reads, as if the browser had sent it.
 * Parameters are untouched: the app reads those, never the raw query, past this point.
 */
final class TracedRequest extends HttpServletRequestWrapper {

    private static final String TRACEPARENT = "traceparent";

    TracedRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getQueryString() {
        String query = super.getQueryString();
        return query == null ? null : RedactedQuery.of(query);
    }

    @Override
    public String getHeader(String name) {
        String parent = parent();
        return parent != null && TRACEPARENT.equalsIgnoreCase(name) ? parent : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        String parent = parent();
        return parent != null && TRACEPARENT.equalsIgnoreCase(name)
                ? Collections.enumeration(Set.of(parent)) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        if (parent() == null) {
            return super.getHeaderNames();
        }
        Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
        names.add(TRACEPARENT);
        return Collections.enumeration(names);
    }

    private String parent() {
        return getAttribute(TraceParent.REQUEST_ATTRIBUTE) instanceof String parent ? parent : null;
    }
}
