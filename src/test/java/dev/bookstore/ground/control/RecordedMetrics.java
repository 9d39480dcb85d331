package dev.bookstore.ground.control;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The app's metrics as unit tests see them, without a MicroProfile Metrics runtime: each count is noted as
 * "name label" (MetricsIT checks the real ones at Liberty's /metrics).
 */
public final class RecordedMetrics extends BookstoreMetrics {

    private final List<String> recorded = new CopyOnWriteArrayList<>();

    public List<String> recorded() {
        return List.copyOf(recorded);
    }

    @Override
    public void signInStarted(String intent) {
        recorded.add("sign_ins.started " + intent);
    }

    @Override
    public void signInCompleted(Duration took) {
        recorded.add("sign_in.duration");
    }

    @Override
    public void signInRefused(String reason) {
        recorded.add("sign_ins.refused " + reason);
    }

    @Override
    public void signedOut() {
        recorded.add("sign_outs");
    }

    @Override
    public void backchannelLogout(String outcome) {
        recorded.add("backchannel_logouts " + outcome);
    }

    @Override
    public void webhookDelivery(String outcome) {
        recorded.add("webhook_deliveries " + outcome);
    }

    @Override
    public void tokenRefresh(String outcome) {
        recorded.add("token_refreshes " + outcome);
    }

    @Override
    public void logtoCall(String endpoint, String outcome, Duration took) {
        recorded.add("logto.call " + endpoint + " " + outcome);
    }

    @Override
    public void signedInSessions(Supplier<Integer> count) {
        recorded.add("sessions.signed_in");
    }

    @Override
    public void apiRequest(int status) {
        recorded.add("api.requests " + status);
    }

    @Override
    public void requestRefused(String reason) {
        recorded.add("requests.refused " + reason);
    }

    @Override
    public void pageCacheBytes(Supplier<Long> bytes) {
        recorded.add("page_cache.bytes");
    }
}
