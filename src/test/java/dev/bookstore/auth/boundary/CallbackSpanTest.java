package dev.bookstore.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.bookstore.auth.entity.CallbackOutcome;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.ground.control.TraceParent;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.web.control.RequestId;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.security.enterprise.AuthenticationStatus;
import org.junit.jupiter.api.Test;

/** The callback's span carries the request id a refusal page shows, so a support call leads from the page to the trace. */
class CallbackSpanTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final Traces traces = Traces.using(OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build()).build());

    @Test
    void theRequestIdAndTheRefusalAreOnTheCallbacksOwnSpan() {
        BrowserRequest callback = BrowserRequest.get("/callback");
        try (CallbackSpan span = CallbackSpan.open(traces, callback.request(), null)) {
            assertNotNull(callback.attribute(TraceParent.REQUEST_ATTRIBUTE), "Liberty's span of the request joins it");
            span.ended(CallbackOutcome.refused(new SignInRefusal(SignInProblem.FAILED, "forged")), AuthenticationStatus.NOT_DONE);
        }
        SpanData ended = exported.getFinishedSpanItems().get(0);
        assertEquals("sign-in callback", ended.getName());
        assertEquals(RequestId.of(callback.request()), ended.getAttributes().get(AttributeKey.stringKey("bookstore.request_id")));
        assertEquals("failed", ended.getAttributes().get(Traces.OUTCOME));
    }
}
