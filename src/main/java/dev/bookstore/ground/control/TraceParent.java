package dev.bookstore.ground.control;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trace context as a W3C {@code traceparent}: how a sign-in's trace travels between requests that share no header. */
public final class TraceParent {

    /** Request attribute: the traceparent Liberty's span of this request is to continue (a callback's sign-in). */
    public static final String REQUEST_ATTRIBUTE = TraceParent.class.getName() + ".request";

    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<String> HEADER_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceParent) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String traceParent, String key) {
            return TRACEPARENT.equals(key) ? traceParent : null;
        }
    };

    private TraceParent() {
    }

    /** The context {@code traceParent} names. */
    static Context context(String traceParent) {
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceParent, HEADER_VALUE);
    }

    /** The W3C traceparent of {@code span}, to carry its context into a later request; null when not traced. */
    public static String of(Span span) {
        if (!span.getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.root().with(span), headers, Map::put);
        return headers.get(TRACEPARENT);
    }

    /** The current span's context goes with {@code request} (W3C traceparent), so the service called joins the trace. */
    public static void propagate(HttpRequest.Builder request) {
        W3CTraceContextPropagator.getInstance().inject(Context.current(), request, HttpRequest.Builder::setHeader);
    }

    /** The current trace's id, for log lines; null when nothing is traced. */
    public static String currentTraceId() {
        SpanContext current = Span.current().getSpanContext();
        return current.isValid() ? current.getTraceId() : null;
    }

    /** The id an error page shows, on the current span (Liberty's span of the request, or the app's own). */
    public static void noteRequestId(String requestId) {
        Span.current().setAttribute(Traces.REQUEST_ID, requestId);
    }
}
