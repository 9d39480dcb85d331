package dev.bookstore.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.LocalLogtoClient;
import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.logto.entity.LogtoUserDeleted;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which Logto events end or refresh which sessions. Deliveries the local Logto sends (suspension, deletion, renaming,
 * a role deleted) are taken as sent and believed as the app believes them; the other shapes are written here as
 * Logto 1.42 sends them (packages/core/src/libraries/hook, routes/admin-user, routes/account, routes/organization).
 * Jane, Min-ji and Alex are signed in on this member; every member shares one store of markers.
 */
class WebhookEventsTest {

    private static final String JANE = "rdr4x8q2m1ab";
    private static final String MINJI = "kko7p3n9w2cd";
    private static final String ALEX = "adm2k5r8t1ef";

    private final Markers cluster = new LocalMarkers(Duration.ofMinutes(31), Clock.systemUTC());
    private final SignedInSessions signedInHere = new SignedInSessions();
    private final EndedSignIns endedSignIns = new EndedSignIns();
    private final SessionRecheck recheck = new SessionRecheck();
    private final List<Object> deletions = new ArrayList<>();
    private final WebhookEvents events = new WebhookEvents();
    private final Map<String, SessionCopy> sessions = new HashMap<>();
    private LogtoDouble logto;
    private String signingKey;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void signInAndListen() {
        endedSignIns.markers = cluster;
        recheck.markers = cluster;
        recheck.configuration = LogtoBeans.of("http://127.0.0.1:1", "app", "secret", "http://localhost:9080").configuration();
        events.sessions = signedInHere;
        events.endedSignIns = endedSignIns;
        events.recheck = recheck;
        events.userDeleted = (Event<LogtoUserDeleted>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, arguments) -> method.getName().equals("fire")
                        ? deletions.add(arguments[0]) : null);
        for (String subject : List.of(JANE, MINJI, ALEX)) {
            SessionCopy copy = new SessionCopy("session-" + subject);
            copy.session.setAttribute(UserProfile.SESSION_ATTRIBUTE, profile(subject));
            signedInHere.signedIn(copy.session, subject, "sid-" + subject);
            sessions.put(subject, copy);
        }
        logto = LogtoDouble.start("127.0.0.1", 0, new LocalLogtoClient("hook-app", "hook-secret",
                Set.of("http://localhost:19584/callback"), Set.of("http://localhost:19584/")));
        // Nothing listens there: the deliveries are taken from the provider's record of what it sent.
        signingKey = logto.console().webhook("http://127.0.0.1:1/logto-webhook", List.of("User.SuspensionStatus.Updated",
                "User.Deleted", "User.Data.Updated", "Organization.Membership.Updated", "Role.Deleted", "Role.Scopes.Updated"));
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    private static UserProfile profile(String subject) {
        Instant at = Instant.now().minus(Duration.ofMinutes(10));
        return new UserProfile(subject, null, null, null, null, false, at, List.of(), List.of(), List.of(), true,
                "sid-" + subject, at);
    }

    /** The delivery the local Logto sent last, as the app believes it. */
    private Map<String, Object> lastDelivery() {
        List<String[]> sent = logto.console().webhookDeliveries();
        String[] last = sent.get(sent.size() - 1);
        WebhookDeliveries deliveries = new WebhookDeliveries();
        deliveries.seen = cluster;
        return deliveries.accept(last[0].getBytes(StandardCharsets.UTF_8), last[1], signingKey).orElseThrow();
    }

    /** A delivery of a Management API call as Logto 1.42 builds it; {@code fields} at the top level, as Logto spreads them. */
    private static Map<String, Object> delivery(String event, String method, String route, Map<String, Object> fields) {
        Map<String, Object> delivery = new LinkedHashMap<>(Map.of("event", event, "createdAt", Instant.now().toString(),
                "userAgent", "curl/8", "ip", "203.0.113.7", "method", method, "matchedRoute", route, "status", 200,
                "hookId", "hook-1"));
        delivery.putAll(fields);
        return delivery;
    }

    private boolean endedHere(String subject) {
        return sessions.get(subject).invalidated();
    }

    /** Whether the user's sign-ins held by other members end at their next request. */
    private boolean endedElsewhere(String subject) {
        return endedSignIns.hasEnded(profile(subject));
    }

    private boolean askedAgain(String subject) {
        return recheck.announced(new SessionCopy("on-another-member").session, profile(subject));
    }

    private List<String> askedAgain() {
        return List.of(JANE, MINJI, ALEX).stream().filter(this::askedAgain).toList();
    }

    private void assertNothingHappened() {
        assertEquals(List.of(), askedAgain());
        assertFalse(endedHere(JANE) || endedHere(MINJI) || endedHere(ALEX));
        assertFalse(endedElsewhere(JANE) || endedElsewhere(MINJI) || endedElsewhere(ALEX));
        assertEquals(List.of(), deletions);
    }

    @Test
    void aUserSuspendedInLogtoIsSignedOutHereAndOnEveryMember() {
        logto.console().suspendUser("reader");
        events.act(lastDelivery());
        assertTrue(endedHere(JANE));
        assertTrue(endedElsewhere(JANE));
        assertFalse(endedHere(MINJI) || endedElsewhere(MINJI));
        assertEquals(List.of(), deletions, "suspended, not deleted");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSuspensionLiftedEndsNothing() {
        logto.console().suspendUser("reader");
        Map<String, Object> lifted = new LinkedHashMap<>(lastDelivery());
        Map<String, Object> user = new LinkedHashMap<>((Map<String, Object>) lifted.get("data"));
        user.put("isSuspended", false);
        lifted.put("data", user);
        events.act(lifted);
        assertNothingHappened();
    }

    @Test
    void aUserDeletedInLogtoIsSignedOutEverywhereAndTheirDataErased() {
        logto.console().deleteUser("reader");
        events.act(lastDelivery());
        assertTrue(endedHere(JANE));
        assertTrue(endedElsewhere(JANE));
        assertEquals(List.of(new LogtoUserDeleted(JANE)), deletions);
        assertFalse(endedHere(MINJI));
    }

    @Test
    void aUserRenamedInLogtoIsAskedAboutAgainAtTheirNextRequestOnEveryMember() {
        logto.console().renameUser("reader", "Jane Q. Reader");
        events.act(lastDelivery());
        assertEquals(List.of(JANE), askedAgain());
        assertFalse(endedHere(JANE) || endedElsewhere(JANE));
    }

    @Test
    void customDataOrProfileChangedThroughTheManagementApiNameTheUserInTheRoutesParameters() {
        // data is the custom data itself, which may well hold an id of its own
        events.act(delivery("User.Data.Updated", "PATCH", "/users/:userId/custom-data", Map.of("path",
                "/users/" + MINJI + "/custom-data", "params", Map.of("userId", MINJI), "data", Map.of("id", "crm-7", "tier", "gold"))));
        events.act(delivery("User.Data.Updated", "PATCH", "/users/:userId/profile", Map.of("path",
                "/users/" + ALEX + "/profile", "params", Map.of("userId", ALEX), "data", Map.of("givenName", "Alex"))));
        assertEquals(List.of(MINJI, ALEX), askedAgain());
        assertFalse(askedAgain("crm-7"));
    }

    @Test
    void aChangeUsersMakeThemselvesThroughTheAccountApiNamesThemInTheData() {
        events.act(delivery("User.Data.Updated", "PATCH", "/my-account", Map.of("path", "/my-account",
                "data", Map.of("id", MINJI, "name", "민지", "isSuspended", false))));
        assertEquals(List.of(MINJI), askedAgain());
    }

    @Test
    void aRoleDeletedInLogtoAsksEverySessionAgain() {
        logto.console().deleteRole("admin");
        events.act(lastDelivery());
        assertEquals(List.of(JANE, MINJI, ALEX), askedAgain());
        assertFalse(endedHere(ALEX));
    }

    @Test
    void aRolesPermissionsChangedAskEverySessionAgain() {
        events.act(delivery("Role.Scopes.Updated", "POST", "/roles/:id/scopes", Map.of("path", "/roles/role-reader/scopes",
                "params", Map.of("id", "role-reader"), "data", List.of(Map.of("id", "scope-1", "name", "write:books")))));
        assertEquals(List.of(JANE, MINJI, ALEX), askedAgain());
    }

    @Test
    void anOrganizationRolesPermissionsChangedOrTheRoleDeletedAskEverySessionAgain() {
        // Logto 1.42: no data (the route answers 201 or 204 without a body), the role's id in params
        events.act(delivery("OrganizationRole.Scopes.Updated", "PUT", "/organization-roles/:id/scopes", Map.of(
                "path", "/organization-roles/or-1/scopes", "params", Map.of("id", "or-1"))));
        assertEquals(List.of(JANE, MINJI, ALEX), askedAgain());
        assertFalse(endedHere(JANE) || endedHere(MINJI) || endedHere(ALEX));
    }

    @Test
    void membersAddedToOrRemovedFromAnOrganizationAreAskedAboutAgain() {
        events.act(delivery("Organization.Membership.Updated", "POST", "/organizations/:id/users", Map.of("path",
                "/organizations/org-1/users", "params", Map.of("id", "org-1"), "organizationId", "org-1",
                "addedUserIds", List.of(JANE))));
        events.act(delivery("Organization.Membership.Updated", "DELETE", "/organizations/:id/users/:userId", Map.of("path",
                "/organizations/org-1/users/" + ALEX, "params", Map.of("id", "org-1", "userId", ALEX),
                "organizationId", "org-1", "removedUserIds", List.of(ALEX))));
        assertEquals(List.of(JANE, ALEX), askedAgain());
    }

    @Test
    void applicationsAddedToAnOrganizationConcernNoSession() {
        events.act(delivery("Organization.Membership.Updated", "POST", "/organizations/:id/applications", Map.of("path",
                "/organizations/org-1/applications", "params", Map.of("id", "org-1"), "organizationId", "org-1",
                "addedApplicationIds", List.of("m2m-app-1"))));
        assertNothingHappened();
    }

    @Test
    void aMembershipChangeThatNamesNoOneAsksEverySessionAgain() {
        // Logto before 1.41, and 1.42 when an invitation is accepted again: the organization only
        events.act(delivery("Organization.Membership.Updated", "PUT", "/organization-invitations/:id/status", Map.of(
                "path", "/organization-invitations/inv-1/status", "params", Map.of("id", "inv-1"), "organizationId", "org-1")));
        assertEquals(List.of(JANE, MINJI, ALEX), askedAgain());
    }

    @Test
    void aMembershipListCutShortAtLogtosCapAsksEverySessionAgain() {
        List<String> first5000 = new ArrayList<>(Collections.nCopies(4999, "someone-else"));
        first5000.add(JANE); // Min-ji was the 5001st: Logto left her out
        events.act(delivery("Organization.Membership.Updated", "POST", "/organizations/:id/users", Map.of("path",
                "/organizations/org-1/users", "params", Map.of("id", "org-1"), "organizationId", "org-1",
                "addedUserIds", first5000)));
        assertEquals(List.of(JANE, MINJI, ALEX), askedAgain());
    }

    @Test
    void eventsTheAppHasNoUseForChangeNothing() {
        events.act(delivery("User.Created", "POST", "/users", Map.of("path", "/users", "data", Map.of("id", JANE))));
        events.act(delivery("Role.Created", "POST", "/roles", Map.of("path", "/roles", "data", Map.of("id", "role-new"))));
        events.act(Map.of("event", "PostSignIn", "createdAt", Instant.now().toString(), "userId", JANE,
                "user", Map.of("id", JANE), "interactionEvent", "SignIn", "hookId", "hook-1"));
        assertNothingHappened();
    }
}
