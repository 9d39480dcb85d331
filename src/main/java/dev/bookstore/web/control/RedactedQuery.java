package dev.bookstore.web.control;

import java.util.Set;

/** A request's query as a trace may keep it. */
public final class RedactedQuery {

    /** Parameters whose values say nothing of anyone: a language, a notice, an OAuth error code. */
    private static final Set<String> PLAIN_PARAMETERS = Set.of("lang", "ended", "error");

    private RedactedQuery() {
    }

    /**
     * {@code query} as a span may keep it: every parameter's name, each value {@code REDACTED} (OpenTelemetry's word
     * for it) but those of {@link #PLAIN_PARAMETERS}. A callback's query holds the authorization code and state, and
     * a page's may hold anything a user typed.
     */
    public static String of(String query) {
        StringBuilder redacted = new StringBuilder();
        for (String parameter : query.split("&", -1)) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (!redacted.isEmpty()) {
                redacted.append('&');
            }
            redacted.append(name);
            if (equals >= 0) {
                redacted.append('=').append(PLAIN_PARAMETERS.contains(name) ? parameter.substring(equals + 1) : "REDACTED");
            }
        }
        return redacted.toString();
    }
}
