package dev.bookstore.logout.boundary;

import dev.bookstore.logout.control.EndedSignIns;
import dev.bookstore.logout.control.SignedInSessions;
import dev.bookstore.logout.control.WebhookDeliveries;
import dev.bookstore.logto.control.LogtoConfiguration;
import dev.bookstore.logto.entity.LogtoUserDeleted;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Logto's webhook ({@code <base>/logto-webhook}, on when {@code LOGTO_WEBHOOK_SIGNING_KEY} is set): a user suspended
 * ({@code User.SuspensionStatus.Updated}) or deleted ({@code User.Deleted}) in Logto is signed out of every session on
 * every member at their next request; a deleted user's data goes too. Other events are acknowledged and ignored.
 * A delivery that is not believed ({@link WebhookDeliveries}) gets a bare 401, saying nothing of why.
 */
@WebServlet("/logto-webhook")
public class LogtoWebhookServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LogtoWebhookServlet.class.getName());
    /** Logto's deliveries carry one user; anything much larger is not one of them. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    LogtoConfiguration configuration;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    SignedInSessions sessions;

    @Inject
    EndedSignIns endedSignIns;

    @Inject
    Event<LogtoUserDeleted> userDeleted;

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
            LOG.warning("A Logto webhook delivery was refused (bad or missing signature, stale or replayed)");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        act(String.valueOf(delivery.get().get("event")), delivery.get().get("data") instanceof Map<?, ?> data ? data : Map.of());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void act(String event, Map<?, ?> user) {
        if (!(user.get("id") instanceof String subject)) {
            return;
        }
        switch (event) {
            case "User.SuspensionStatus.Updated" -> {
                if (Boolean.TRUE.equals(user.get("isSuspended"))) {
                    signOutEverywhere(subject, "suspended");
                }
            }
            case "User.Deleted" -> {
                signOutEverywhere(subject, "deleted");
                userDeleted.fire(new LogtoUserDeleted(subject));
            }
            default -> {
                // acknowledged: Logto would otherwise retry an event this app has no use for
            }
        }
    }

    private void signOutEverywhere(String subject, String why) {
        int here = sessions.end(subject, null);
        endedSignIns.end(subject, null, Instant.now()); // for the sessions other members hold
        LOG.info(() -> "Logto webhook: a user was " + why + "; " + here + " session(s) ended here, all members informed");
    }
}
