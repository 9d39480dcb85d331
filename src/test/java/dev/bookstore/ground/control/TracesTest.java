package dev.bookstore.ground.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TracesTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final Traces traces = Traces.using(OpenTelemetrySdk.builder().setTracerProvider(provider).build());

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aLaterRequestsSpanContinuesTheTraceOfTheStepItCarriesAndLinksItsOwnRequest() {
        String started = traces.continuedLater("sign-in start", Traces.SIGN_IN_INTENT, "sign_in");
        SpanData start = only("sign-in start");
        assertTrue(started.startsWith("00-" + start.getTraceId() + "-" + start.getSpanId() + "-"), started);
        assertEquals("sign_in", start.getAttributes().get(Traces.SIGN_IN_INTENT));

        Span request = traces.start("GET /callback", SpanKind.SERVER, null); // the later request's own trace
        try (Scope inRequest = request.makeCurrent()) {
            traces.start("sign-in callback", SpanKind.SERVER, started).end();
        } finally {
            request.end();
        }
        SpanData callback = only("sign-in callback");
        assertEquals(start.getTraceId(), callback.getTraceId());
        assertEquals(start.getSpanId(), callback.getParentSpanId());
        assertEquals(List.of(only("GET /callback").getSpanContext()),
                callback.getLinks().stream().map(link -> link.getSpanContext()).toList());
    }

    @Test
    void withoutACarriedContextASpanIsAChildOfTheCurrentOne() {
        Span outer = traces.start("outer", SpanKind.SERVER, null);
        try (Scope current = outer.makeCurrent()) {
            traces.start("inner", SpanKind.INTERNAL, null).end();
            assertEquals(outer.getSpanContext().getTraceId(), TraceParent.currentTraceId());
        } finally {
            outer.end();
        }
        assertEquals(only("outer").getSpanId(), only("inner").getParentSpanId());
        assertTrue(only("inner").getLinks().isEmpty());
    }

    @Test
    void aFailedOutcomeMarksTheSpanAsAnError() {
        Span redeemed = traces.start("code exchange", SpanKind.INTERNAL, null);
        Traces.outcome(redeemed, "redeemed", false);
        redeemed.end();
        Span refused = traces.start("sign-in callback", SpanKind.SERVER, null);
        Traces.outcome(refused, "failed", true);
        refused.end();
        assertEquals("redeemed", only("code exchange").getAttributes().get(Traces.OUTCOME));
        assertEquals(io.opentelemetry.api.trace.StatusCode.UNSET, only("code exchange").getStatus().getStatusCode());
        assertEquals("failed", only("sign-in callback").getAttributes().get(Traces.OUTCOME));
        assertEquals(io.opentelemetry.api.trace.StatusCode.ERROR, only("sign-in callback").getStatus().getStatusCode());
    }

    @Test
    void offNothingIsTracedAndNothingIsCarried() {
        Traces off = Traces.using(OpenTelemetry.noop());
        assertFalse(off.enabled());
        assertNull(off.continuedLater("sign-in start", Traces.SIGN_IN_INTENT, "sign_in"));
        assertNull(TraceParent.of(off.start("sign-in callback", SpanKind.SERVER, null)));
        assertNull(TraceParent.currentTraceId());
        assertTrue(traces.enabled());
    }

    @Test
    void aQueryKeepsItsNamesAndOnlyThePlainValues() {
        assertEquals("code=REDACTED&state=REDACTED&iss=REDACTED",
                dev.bookstore.web.control.RedactedQuery.of("code=Qm9v-secret&state=0123456789abcdef&iss=http%3A%2F%2Flogto"));
        assertEquals("error=access_denied&error_description=REDACTED&state=REDACTED",
                dev.bookstore.web.control.RedactedQuery.of("error=access_denied&error_description=User+cancelled&state=s1"));
        assertEquals("lang=ko&ended=1&returnTo=REDACTED", dev.bookstore.web.control.RedactedQuery.of("lang=ko&ended=1&returnTo=%2Fshelf"));
        assertEquals("flag&empty=REDACTED", dev.bookstore.web.control.RedactedQuery.of("flag&empty="));
    }

    private SpanData only(String name) {
        List<SpanData> named = exported.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).toList();
        assertEquals(1, named.size(), () -> "spans named " + name + ": " + named);
        return named.get(0);
    }
}
