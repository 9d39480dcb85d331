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
    /** The fields by which Logto (1.41 on) names what an organization's membership change did, one side each. */
    private static final List<String> MEMBERSHIP_DELTA =
            List.of("addedUserIds", "removedUserIds", "addedApplicationIds", "removedApplicationIds");
    /** Logto cuts each of those lists at this many ids, silently. */
    private static final int MEMBERSHIP_DELTA_CAP = 5000;

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
        // A Management API call names the user in its route: its data may be only the custom data or the profile,
        // which can hold an id of their own. The Account API sends the user as data, with no route parameters.
        Object userId = params.get("userId") != null ? params.get("userId") : data.get("id");
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
            case "User.Data.Updated" -> {
                if (userId instanceof String subject) {
                    recheck.announce(subject);
                }
            }
            case "Organization.Membership.Updated" -> membershipChanged(delivery);
            // the role's id only, never its users: every session asks Logto again (and drops its tokens: their scopes
            // came from the roles). Logto sends nothing when a user's organization roles change: the periodic recheck
            // finds that in the ID token's organization_roles.
            case "Role.Deleted", "Role.Scopes.Updated", "OrganizationRole.Deleted", "OrganizationRole.Scopes.Updated" ->
                    recheck.announceForEveryone();
            default -> {
                // acknowledged: Logto would otherwise retry an event this app has no use for
            }
        }
    }

    /**
     * Logto names the users (and applications) added and removed, leaving out a side that did not change: the users
     * named, or none when only applications changed. Before 1.41, and when an invitation is accepted again, it names
     * only the organization; a list cut at Logto's cap may leave users out: then every session asks again.
     */
    private void membershipChanged(Map<String, Object> delivery) {
        List<?> added = delivery.get("addedUserIds") instanceof List<?> ids ? ids : List.of();
        List<?> removed = delivery.get("removedUserIds") instanceof List<?> ids ? ids : List.of();
        if (MEMBERSHIP_DELTA.stream().noneMatch(delivery::containsKey)
                || added.size() >= MEMBERSHIP_DELTA_CAP || removed.size() >= MEMBERSHIP_DELTA_CAP) {
            recheck.announceForEveryone();
        } else {
            Stream.concat(added.stream(), removed.stream()).filter(String.class::isInstance).map(String.class::cast)
                    .forEach(recheck::announce);
        }
    }

    private void signOutEverywhere(String subject, String why) {
        Instant now = Instant.now();
        int here = sessions.end(subject, null, now);
        endedSignIns.end(subject, null, now); // for the sessions other members hold
        LOG.info(() -> "Logto webhook: a user was " + why + "; " + here + " session(s) ended here, all members informed");
    }
}
