package dev.bookstore.logout.boundary;

import dev.bookstore.logout.control.EndedSignIns;
import dev.bookstore.logout.control.SessionRecheck;
import dev.bookstore.logout.control.SignedInSessions;
import dev.bookstore.logout.control.WebhookDeliveries;
import dev.bookstore.logto.control.BookstoreMetrics;
import dev.bookstore.logto.control.LogtoConfiguration;
import dev.bookstore.logto.control.RefusalLog;
import dev.bookstore.logto.entity.LogtoUserDeleted;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Logto's webhook ({@code <base>/logto-webhook}, on when {@code LOGTO_WEBHOOK_SIGNING_KEY} is set): a user suspended
 * ({@code User.SuspensionStatus.Updated}) or deleted ({@code User.Deleted}) in Logto is signed out of every session on
 * every member at their next request; a deleted user's data goes too. A user's data, organization membership or a
 * role changed: the sessions concerned ask Logto again at their next request ({@link SessionRecheck}). Other events
 * are acknowledged and ignored.
 * A delivery that is not believed ({@link WebhookDeliveries}) gets a bare 401, saying nothing of why.
 */
@WebServlet("/logto-webhook")
public class LogtoWebhookServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LogtoWebhookServlet.class.getName());
    private static final RefusalLog REFUSALS = new RefusalLog(LOG, Clock.systemUTC());
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

    @Inject
    SessionRecheck recheck;

    @Inject
    BookstoreMetrics metrics;

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
        act(delivery.get());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** The shapes are Logto 1.42's (packages/core/src/libraries/hook): see docs/SECURITY.md, "What admins do in Logto". */
    private void act(Map<String, Object> delivery) {
        Map<?, ?> data = delivery.get("data") instanceof Map<?, ?> map ? map : Map.of();
        Map<?, ?> params = delivery.get("params") instanceof Map<?, ?> map ? map : Map.of();
        Object userId = data.get("id") != null ? data.get("id") : params.get("userId");
        switch (String.valueOf(delivery.get("event"))) {
            case "User.SuspensionStatus.Updated" -> {
                if (userId instanceof String subject && Boolean.TRUE.equals(data.get("isSuspended"))) {
                    signOutEverywhere(subject, "suspended");
                }
            }
            case "User.Deleted" -> {
                if (userId instanceof String subject) {
                    signOutEverywhere(subject, "deleted");
                    userDeleted.fire(new LogtoUserDeleted(subject));
                }
            }
            // data is the user, or only their custom data or profile: the user's id is then in params
            case "User.Data.Updated" -> {
                if (userId instanceof String subject) {
                    recheck.announce(subject);
                }
            }
            case "Organization.Membership.Updated" -> membershipChanged(delivery);
            // the role's id only, never its users: every session asks Logto again
            case "Role.Deleted", "Role.Scopes.Updated" -> recheck.announceForEveryone();
            default -> {
                // acknowledged: Logto would otherwise retry an event this app has no use for
            }
        }
    }

    /** Logto names the users added and removed, except on some sign-in paths, which name only the organization. */
    private void membershipChanged(Map<String, Object> delivery) {
        List<String> users = Stream.of(delivery.get("addedUserIds"), delivery.get("removedUserIds"))
                .filter(List.class::isInstance).flatMap(ids -> ((List<?>) ids).stream())
                .filter(String.class::isInstance).map(String.class::cast).toList();
        if (users.isEmpty()) {
            recheck.announceForEveryone();
        } else {
            users.forEach(recheck::announce);
        }
    }

    private void signOutEverywhere(String subject, String why) {
        int here = sessions.end(subject, null);
        endedSignIns.end(subject, null, Instant.now()); // for the sessions other members hold
        LOG.info(() -> "Logto webhook: a user was " + why + "; " + here + " session(s) ended here, all members informed");
    }
}
