package dev.bookstore.ground.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The app's metrics, in MicroProfile Metrics' application registry (Liberty serves them at {@code /metrics} in
 * Prometheus form). One method per thing ops count; every label value comes from a short fixed list chosen here or
 * by the caller's code, never from a request: no user id, email, token or URL with a query ever becomes a label.
 */
@ApplicationScoped
public class BookstoreMetrics {

    private static final String STARTED = "Sign-ins sent to Logto, by what the user asked for";
    private static final String REFUSED = "Sign-ins that did not complete, by why";
    private static final String SIGN_OUTS = "Sign-outs through the app";
    private static final String BACKCHANNEL = "Back-channel logout tokens from Logto, by outcome";
    private static final String WEBHOOKS = "Logto webhook deliveries, by outcome";
    private static final String REFRESH = "Refresh grants at Logto (API tokens and session rechecks), by outcome";
    private static final String SIGN_IN_DURATION = "From leaving for Logto to the signed-in landing page";
    private static final String LOGTO_CALLS = "Calls of the app to Logto, by endpoint and outcome";
    private static final String API = "Requests to the Bookstore API, by status";
    private static final String REQUESTS_REFUSED = "Requests refused before any page or API saw them, by why";

    @Inject
    MetricRegistry registry;

    void registerAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        MetricLabels.INTENTS.forEach(intent -> counter("bookstore.sign_ins.started", STARTED, "intent", intent));
        MetricLabels.REFUSALS.forEach(reason -> counter("bookstore.sign_ins.refused", REFUSED, "reason", reason));
        counter("bookstore.sign_outs", SIGN_OUTS);
        MetricLabels.ACCEPTED_OR_NOT.forEach(outcome -> counter("bookstore.backchannel_logouts", BACKCHANNEL, "outcome", outcome));
        MetricLabels.ACCEPTED_OR_NOT.forEach(outcome -> counter("bookstore.webhook_deliveries", WEBHOOKS, "outcome", outcome));
        MetricLabels.REFRESHES.forEach(outcome -> counter("bookstore.token_refreshes", REFRESH, "outcome", outcome));
        MetricLabels.API_STATUSES.forEach(status -> counter("bookstore.api.requests", API, "status", status));
        MetricLabels.REQUEST_REFUSALS.forEach(reason -> counter("bookstore.requests.refused", REQUESTS_REFUSED, "reason", reason));
        registry.timer(metadata("bookstore.sign_in.duration", SIGN_IN_DURATION));
        MetricLabels.ENDPOINTS.forEach(endpoint -> MetricLabels.OUTCOMES.forEach(outcome -> registry.timer(
                metadata("bookstore.logto.call.duration", LOGTO_CALLS), new Tag("endpoint", endpoint), new Tag("outcome", outcome))));
    }

    public void signInStarted(String intent) {
        counter("bookstore.sign_ins.started", STARTED, "intent", intent).inc();
    }

    public void signInCompleted(Duration took) {
        registry.timer(metadata("bookstore.sign_in.duration", SIGN_IN_DURATION)).update(took);
    }

    /** {@code reason}: one of {@link MetricLabels#REFUSALS}. */
    public void signInRefused(String reason) {
        counter("bookstore.sign_ins.refused", REFUSED, "reason", reason).inc();
    }

    public void signedOut() {
        counter("bookstore.sign_outs", SIGN_OUTS).inc();
    }

    /** {@code outcome}: accepted, refused, failed (believed, but not shared with the cluster). */
    public void backchannelLogout(String outcome) {
        counter("bookstore.backchannel_logouts", BACKCHANNEL, "outcome", outcome).inc();
    }

    /** {@code outcome}: accepted, refused, failed. */
    public void webhookDelivery(String outcome) {
        counter("bookstore.webhook_deliveries", WEBHOOKS, "outcome", outcome).inc();
    }

    /** {@code outcome}: one of {@link MetricLabels#REFRESHES}. */
    public void tokenRefresh(String outcome) {
        counter("bookstore.token_refreshes", REFRESH, "outcome", outcome).inc();
    }

    /** {@code endpoint}: one of {@link MetricLabels#ENDPOINTS}; {@code outcome}: one of {@link MetricLabels#OUTCOMES}. */
    public void logtoCall(String endpoint, String outcome, Duration took) {
        registry.timer(metadata("bookstore.logto.call.duration", LOGTO_CALLS), new Tag("endpoint", endpoint),
                new Tag("outcome", outcome)).update(took);
    }

    /** Signed-in sessions this member holds now, as {@code count} says when Prometheus asks. */
    public void signedInSessions(Supplier<Integer> count) {
        registry.gauge(metadata("bookstore.sessions.signed_in", "Signed-in sessions held by this member"), count);
    }

    /** {@code status}: the HTTP status code of the answer. */
    public void apiRequest(int status) {
        counter("bookstore.api.requests", API, "status", String.valueOf(status)).inc();
    }

    /** {@code reason}: one of {@link MetricLabels#REQUEST_REFUSALS}. */
    public void requestRefused(String reason) {
        counter("bookstore.requests.refused", REQUESTS_REFUSED, "reason", reason).inc();
    }

    /** What the pages kept as rendered hold, in bytes, as {@code bytes} says when Prometheus asks. */
    public void pageCacheBytes(Supplier<Long> bytes) {
        registry.gauge(metadata("bookstore.page_cache.bytes", "Bytes of pages kept as rendered"), bytes);
    }

    private Counter counter(String name, String description, String... tag) {
        Tag[] tags = tag.length == 0 ? new Tag[0] : new Tag[] {new Tag(tag[0], tag[1])};
        return registry.counter(metadata(name, description), tags);
    }

    private static Metadata metadata(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }
}
