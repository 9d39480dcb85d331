package dev.bookstore.auth.boundary;

import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.ground.control.TraceParent;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.web.control.RequestId;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The span of a sign-in's callback, in the trace its start began (the pending sign-in's traceparent). The relay's span
 * and Liberty's span of the callback request join it. A no-op when nothing is traced.
 */
final class CallbackSpan implements AutoCloseable {

    private final Span span;
    private final Scope scope;
    private final String traceParent;

    private CallbackSpan(Span span, String traceParent) {
        this.span = span;
        this.scope = span.makeCurrent();
        this.traceParent = traceParent;
    }

    static CallbackSpan open(Traces traces, HttpServletRequest request, String signInTraceParent) {
        Span span = traces.start("sign-in callback", SpanKind.SERVER, signInTraceParent);
        CallbackSpan opened = new CallbackSpan(span, TraceParent.of(span)); // current from here on
        if (traces.enabled()) {
            RequestId.of(request); // on this span: the id a refusal page shows is in this trace, its log lines name it
        }
        request.setAttribute(TraceParent.REQUEST_ATTRIBUTE, opened.traceParent); // Liberty's span of the callback joins it
        return opened;
    }

    /** This span as a W3C traceparent, for the relay; null when not traced. */
    String traceParent() {
        return traceParent;
    }

    /** How the callback went: a refusal's word, else what the mechanism answered. */
    void ended(CallbackOutcome outcome, AuthenticationStatus status) {
        SignInRefusal refusal = outcome == null ? null : outcome.refusal();
        Traces.outcome(span, refusal != null ? refusal.problem().traceWord()
                : status == AuthenticationStatus.SUCCESS ? "signed_in" : status.name().toLowerCase(Locale.ROOT), refusal != null);
    }

    @Override
    public void close() {
        scope.close();
        span.end();
    }
}
