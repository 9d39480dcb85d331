package dev.bookstore.sessions.control;

import dev.bookstore.logto.entity.LogtoUserDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What each Logto webhook event does to live sessions, once the delivery is believed ({@link WebhookDeliveries}):
 * a suspended or deleted user is signed out on every member (a deletion also erases their data), a changed user,
 * membership or role makes the sessions concerned ask Logto again ({@link SessionRecheck}).
 */
@ApplicationScoped
public class WebhookEvents {

    private static final Logger LOG = Logger.getLogger(WebhookEvents.class.getName());

    @Inject
    SignedInSessions sessions;

    @Inject
    EndedSignIns endedSignIns;

    @Inject
    Event<LogtoUserDeleted> userDeleted;

    @Inject
    SessionRecheck recheck;

    /** The shapes are Logto 1.42's (packages/core/src/libraries/hook): see docs/SECURITY.md, "What admins do in Logto". */
    public void act(Map<String, Object> delivery) {
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
        Instant now = Instant.now();
        int here = sessions.end(subject, null, now);
        endedSignIns.end(subject, null, now); // for the sessions other members hold
        LOG.info(() -> "Logto webhook: a user was " + why + "; " + here + " session(s) ended here, all members informed");
    }
}
