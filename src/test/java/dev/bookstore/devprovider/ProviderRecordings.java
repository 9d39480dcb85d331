package dev.bookstore.devprovider;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the provider received and sent, in order, as tests read it back. */
final class ProviderRecordings implements ProviderObserver {

    /** A webhook delivery as sent, for tests that replay or alter it. */
    record WebhookDelivery(String url, String body, String signature) {
    }

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> logoutTokens = new CopyOnWriteArrayList<>();
    private final List<WebhookDelivery> webhookDeliveries = new CopyOnWriteArrayList<>();

    @Override
    public void received(RecordedRequest request) {
        requests.add(request);
    }

    @Override
    public void sentLogoutToken(String logoutToken) {
        logoutTokens.add(logoutToken);
    }

    @Override
    public void sentWebhook(String url, String body, String signature) {
        webhookDeliveries.add(new WebhookDelivery(url, body, signature));
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    void forgetRequests() {
        requests.clear();
    }

    List<String> logoutTokens() {
        return List.copyOf(logoutTokens);
    }

    List<WebhookDelivery> webhookDeliveries() {
        return List.copyOf(webhookDeliveries);
    }
}
