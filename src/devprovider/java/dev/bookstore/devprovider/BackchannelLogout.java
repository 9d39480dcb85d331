package dev.bookstore.devprovider;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * The POST of logout tokens to a client's back-channel logout URI. Delivery failures are ignored, as
 * Logto ignores them: the user's sign-out must succeed whatever the app does.
 */
final class BackchannelLogout {

    private static final Logger LOG = Logger.getLogger(BackchannelLogout.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final ProviderObserver observer;

    BackchannelLogout(ProviderObserver observer) {
        this.observer = observer;
    }

    /** Refuses anything but an absolute http(s) URI, as Logto does for an app's back-channel logout URI. */
    static String checked(String uri) {
        URI parsed = URI.create(uri);
        if (!("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme())) || parsed.getHost() == null) {
            throw new IllegalArgumentException("A back-channel logout URI must be an absolute http(s) URI");
        }
        return uri;
    }

    /** POSTs the token and waits for the answer, at most the timeout, whatever resolving or connecting takes. */
    void deliver(URI target, String logoutToken) {
        observer.sentLogoutToken(logoutToken);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + UrlEncoding.encode(logoutToken)))
                .build();
        CompletableFuture<HttpResponse<Void>> response =
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = response.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            if (status != 200) {
                LOG.info(() -> "Back-channel logout to " + target + " answered " + status + "; ignored");
            }
        } catch (ExecutionException | TimeoutException e) {
            response.cancel(true);
            LOG.info(() -> "Back-channel logout to " + target + " failed (" + e + "); ignored");
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
        }
    }
}
