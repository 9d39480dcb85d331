package dev.bookstore.devprovider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The POST of webhook deliveries as Logto 1.42 sends them: a JSON body whose header {@code logto-signature-sha-256}
 * is the hex HMAC-SHA256 of the body with the hook's signing key. Failures are ignored, as Logto ignores them.
 */
final class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ProviderObserver observer;

    WebhookSender(ProviderObserver observer) {
        this.observer = observer;
    }

    /** Sends a body as it is, signed with the hook's key, waiting at most 5 s: the receiver's status (0: unreached). */
    int deliver(String url, String signingKey, String body) {
        String signature = sign(signingKey, body);
        observer.sentWebhook(url, body, signature);
        return post(url, body, signature);
    }

    /** POSTs a body with any signature header (or none) and answers the receiver's status (0 when unreached). */
    int post(String url, String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "Logto (https://logto.io/)")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("logto-signature-sha-256", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            LOG.info(() -> "Webhook delivery to " + url + " failed (" + unreachable + "); ignored");
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static String sign(String signingKey, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
