package dev.bookstore.ground.control;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The app's own spans, beside the HTTP span Liberty's mpTelemetry makes for each request. A sign-in crosses
 * requests that share no header (the browser's trip to Logto, the callback, Liberty's call to the token relay), so
 * its trace context travels with it as a W3C {@code traceparent}: in the pending sign-in, then in the code exchange.
 * With OpenTelemetry off (Liberty's default, {@code OTEL_SDK_DISABLED}), every span here is a no-op.
 * Spans carry no URL, user, code or token: only names of steps, Logto endpoints and outcomes.
 */
@ApplicationScoped
public class Traces {

    public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("bookstore.request_id");
    public static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("bookstore.outcome");
    public static final AttributeKey<String> SIGN_IN_INTENT = AttributeKey.stringKey("bookstore.sign_in.intent");
    private static final AttributeKey<String> LOGTO_ENDPOINT = AttributeKey.stringKey("logto.endpoint");


    @Inject
    OpenTelemetry openTelemetry;

    private Tracer tracer;
    private boolean enabled;

    @PostConstruct
    void create() {
        tracer = openTelemetry.getTracer("dev.bookstore");
        // A span that is never ended is never exported: this only asks whether spans are made at all.
        enabled = tracer.spanBuilder("probe").startSpan().getSpanContext().isValid();
    }

    /** Whether anything is traced (OTEL_SDK_DISABLED=false): else the app does no tracing work at all. */
    public boolean enabled() {
        return enabled;
    }

    /** Outside a container (unit tests, the benchmark's tools): spans go to {@code openTelemetry}. */
    public static Traces using(OpenTelemetry openTelemetry) {
        Traces traces = new Traces();
        traces.openTelemetry = openTelemetry;
        traces.create();
        return traces;
    }

    /**
     * A span under {@code traceParent} (a sign-in's context from an earlier request), or under the current span
     * when that is null. A current span of another trace (Liberty's span of this request) is linked.
     */
    public Span start(String name, SpanKind kind, String traceParent) {
        if (!enabled) {
            return Span.getInvalid();
        }
        SpanBuilder span = tracer.spanBuilder(name).setSpanKind(kind);
        SpanContext current = Span.current().getSpanContext();
        if (traceParent != null) {
            Context parent = TraceParent.context(traceParent);
            span.setParent(parent);
            String parentTrace = Span.fromContext(parent).getSpanContext().getTraceId();
            if (current.isValid() && !current.getTraceId().equals(parentTrace)) {
                span.addLink(current);
            }
        }
        return span.startSpan();
    }

    /**
     * A step that happens now and that later requests continue (a sign-in's start): an ended span under the current
     * one, as the traceparent they carry; null when not traced.
     */
    public String continuedLater(String name, AttributeKey<String> key, String value) {
        if (!enabled) {
            return null;
        }
        Span step = tracer.spanBuilder(name).setAttribute(key, value).startSpan();
        step.end();
        return TraceParent.of(step);
    }

    /** A call out of the app, to Logto's {@code logtoEndpoint} (null: another service, the app's own API). */
    public Span outgoing(String method, String logtoEndpoint, String host, int port) {
        if (!enabled) {
            return Span.getInvalid();
        }
        Span span = tracer.spanBuilder(method + " " + (logtoEndpoint == null ? "bookstore-api" : "logto " + logtoEndpoint))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", method)
                .setAttribute("server.address", host)
                .setAttribute("server.port", (long) port)
                .startSpan();
        if (logtoEndpoint != null) {
            span.setAttribute(LOGTO_ENDPOINT, logtoEndpoint);
        }
        return span;
    }

    /** How the step went, as one of a few fixed words; a failed step's span is also marked as an error. */
    public static void outcome(Span span, String outcome, boolean failed) {
        span.setAttribute(OUTCOME, outcome);
        if (failed) {
            span.setStatus(StatusCode.ERROR, outcome);
        }
    }
}
