package dev.bookstore.devprovider;

/**
 * What the provider receives and sends, told as it happens: tests record it (src/test/java) to check what a client
 * asked and what the provider delivered; the provider a user runs keeps none of it ({@link #NONE}).
 */
interface ProviderObserver {

    ProviderObserver NONE = new ProviderObserver() {
    };

    /** A request, before it is answered. */
    default void received(RecordedRequest request) {
    }

    /** A logout token POSTed to a back-channel logout URI, whether or not the receiver accepted it. */
    default void sentLogoutToken(String logoutToken) {
    }

    /** A webhook delivery as POSTed: its body and its {@code logto-signature-sha-256}. */
    default void sentWebhook(String url, String body, String signature) {
    }
}
