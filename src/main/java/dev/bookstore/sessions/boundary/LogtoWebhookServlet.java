package dev.bookstore.sessions.boundary;

import dev.bookstore.sessions.control.WebhookDeliveries;
import dev.bookstore.sessions.control.WebhookEvents;
import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.ground.control.RefusalLog;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Logto's webhook ({@code <base>/logto-webhook}, on when {@code LOGTO_WEBHOOK_SIGNING_KEY} is set): a delivery that is
 * believed ({@link WebhookDeliveries}) is acted on ({@link WebhookEvents}: suspensions, deletions, changed users,
 * memberships and roles) and answered 204, other events included; one that is not gets a bare 401, saying nothing of
 * why, and at most a few log lines a minute.
 */
@WebServlet("/logto-webhook")
public class LogtoWebhookServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LogtoWebhookServlet.class.getName());
    private static final RefusalLog REFUSALS = new RefusalLog(LOG, Clock.systemUTC());
    /** Logto's deliveries carry one user; anything much larger is not one of them. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    AppConfiguration configuration;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    BookstoreMetrics metrics;

    @Inject
    WebhookEvents events;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> signingKey = configuration.settings().webhookSigningKey();
        if (signingKey.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        Optional<Map<String, Object>> delivery = body.length > MAX_BODY_BYTES ? Optional.empty()
                : deliveries.accept(body, request.getHeader("logto-signature-sha-256"), signingKey.get());
        if (delivery.isEmpty()) {
            REFUSALS.refused("A Logto webhook delivery was refused", "bad or missing signature, stale or replayed");
            metrics.webhookDelivery("refused");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        metrics.webhookDelivery("accepted");
        events.act(delivery.get());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
