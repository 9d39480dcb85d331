package dev.bookstore.tenantsetup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What differs in a tenant, and which Management API calls the plan makes for it; nothing else is touched. */
class TenantPlanTest {

    private final RecordingTenant tenant = new RecordingTenant();

    private SetupInputs inputs(String... more) throws SetupException {
        Map<String, String> environment = new HashMap<>(Map.of("LOGTO_ENDPOINT", "https://logto.example.com",
                "LOGTO_M2M_APP_ID", "m2m", "LOGTO_M2M_APP_SECRET", "s",
                "APP_BASE_URL", "https://books.example.com, https://staging.books.example.com"));
        for (int i = 0; i < more.length; i += 2) {
            environment.put(more[i], more[i + 1]);
        }
        return SetupInputs.read(environment);
    }

    private List<String> applied(SetupInputs inputs) throws SetupException {
        TenantPlan plan = TenantPlan.of(inputs, tenant);
        for (Change change : plan.changes()) {
            change.apply().to(tenant, plan.state());
        }
        return tenant.writes;
    }

    private void bookstoreAppWith(List<String> redirectUris, String backchannel) {
        Map<String, Object> metadata = new HashMap<>(Map.of("redirectUris", redirectUris,
                "postLogoutRedirectUris", List.of("https://books.example.com/", "https://staging.books.example.com/"),
                "backchannelLogoutSessionRequired", true));
        metadata.put("backchannelLogoutUri", backchannel);
        tenant.lists.put("/applications", List.of(Map.of("id", "app-1", "name", "Renamed by ops", "type", "Traditional",
                "oidcClientMetadata", metadata)));
    }

    private void completeResourceAndRoles() {
        tenant.lists.put("/resources", List.of(Map.of("id", "res-1", "indicator", "https://api.bookstore.example")));
        tenant.lists.put("/resources/res-1/scopes", List.of(Map.of("id", "sc-r", "name", "read:books"),
                Map.of("id", "sc-w", "name", "write:books")));
        tenant.lists.put("/roles", List.of(Map.of("id", "role-a", "name", "admin", "isDefault", false),
                Map.of("id", "role-r", "name", "reader", "isDefault", true)));
        tenant.lists.put("/roles/role-a/scopes", List.of(Map.of("name", "read:books", "resourceId", "res-1"),
                Map.of("name", "write:books", "resourceId", "res-1")));
        tenant.lists.put("/roles/role-r/scopes", List.of(Map.of("name", "read:books", "resourceId", "res-1")));
        tenant.lists.put("/hooks", List.of(Map.of("id", "hook-1", "config", Map.of("url", "https://books.example.com/logto-webhook"),
                "events", List.of("User.SuspensionStatus.Updated", "User.Deleted", "User.Data.Updated",
                        "Organization.Membership.Updated", "Role.Deleted", "Role.Scopes.Updated"), "signingKey", "k")));
    }

    @Test
    void aNewBaseUrlIsAddedToTheAppKeepingWhatOpsRegistered() throws SetupException {
        bookstoreAppWith(List.of("https://books.example.com/callback", "https://ops.example.com/callback"),
                "https://books.example.com/backchannel-logout");
        completeResourceAndRoles();
        List<String> writes = applied(inputs());
        assertEquals(1, writes.size(), writes.toString());
        String patch = writes.get(0);
        assertTrue(patch.startsWith("PATCH /applications/app-1 "), patch);
        assertTrue(patch.contains("https://ops.example.com/callback") && patch.contains("https://staging.books.example.com/callback")
                && patch.contains("postLogoutRedirectUris") && patch.contains("backchannelLogoutUri"), "the whole metadata: " + patch);
    }

    @Test
    void aTenantThatHasEverythingGetsNoWrite() throws SetupException {
        bookstoreAppWith(List.of("https://books.example.com/callback", "https://staging.books.example.com/callback"),
                "https://books.example.com/backchannel-logout");
        completeResourceAndRoles();
        assertEquals(List.of(), applied(inputs()));
    }

    @Test
    void aMissingPermissionIsAddedAndGivenToTheRolesThatLackIt() throws SetupException {
        bookstoreAppWith(List.of("https://books.example.com/callback", "https://staging.books.example.com/callback"),
                "https://books.example.com/backchannel-logout");
        completeResourceAndRoles();
        tenant.lists.put("/resources/res-1/scopes", List.of(Map.of("id", "sc-r", "name", "read:books")));
        tenant.lists.put("/roles/role-a/scopes", List.of(Map.of("name", "read:books", "resourceId", "res-1")));
        tenant.lists.put("/roles", List.of(Map.of("id", "role-a", "name", "admin"), Map.of("id", "role-r", "name", "reader")));
        List<String> writes = applied(inputs());
        assertEquals(List.of(
                "POST /resources/res-1/scopes {description=Add books to the Bookstore's catalog, name=write:books}",
                "POST /roles/role-a/scopes {scopeIds=[new-1]}",
                "PATCH /roles/role-r {isDefault=true}"), writes);
    }

    @Test
    void anEmptyTenantGetsTheAppResourceAndRolesInOrder() throws SetupException {
        List<String> writes = applied(inputs());
        assertEquals(7, writes.size(), writes.toString());
        assertTrue(writes.get(0).startsWith("POST /applications {"), writes.get(0));
        assertTrue(writes.get(1).startsWith("POST /resources {") && writes.get(1).contains("https://api.bookstore.example"));
        assertTrue(writes.get(2).startsWith("POST /resources/new-2/scopes {") && writes.get(2).endsWith("name=read:books}"), writes.get(2));
        assertTrue(writes.get(3).startsWith("POST /resources/new-2/scopes {") && writes.get(3).endsWith("name=write:books}"), writes.get(3));
        assertTrue(writes.get(4).contains("name=admin") && writes.get(4).contains("scopeIds=[new-3, new-4]"), writes.get(4));
        assertTrue(writes.get(5).contains("name=reader") && writes.get(5).contains("scopeIds=[new-3]")
                && writes.get(5).contains("isDefault=true"), writes.get(5));
        assertTrue(writes.get(6).startsWith("POST /hooks {config={url=https://books.example.com/logto-webhook}, "
                + "events=[User.SuspensionStatus.Updated, User.Deleted, User.Data.Updated, Organization.Membership.Updated, "
                + "Role.Deleted, Role.Scopes.Updated]"), writes.get(6));
    }

    @Test
    void aWebhookWithoutTheDeletionEventGetsItAddedKeepingItsOthers() throws SetupException {
        bookstoreAppWith(List.of("https://books.example.com/callback", "https://staging.books.example.com/callback"),
                "https://books.example.com/backchannel-logout");
        completeResourceAndRoles();
        tenant.lists.put("/hooks", List.of(Map.of("id", "hook-1", "config", Map.of("url", "https://books.example.com/logto-webhook"),
                "events", List.of("PostSignIn", "User.SuspensionStatus.Updated"), "signingKey", "k")));
        assertEquals(List.of("PATCH /hooks/hook-1 {events=[PostSignIn, User.SuspensionStatus.Updated, User.Deleted, "
                        + "User.Data.Updated, Organization.Membership.Updated, Role.Deleted, Role.Scopes.Updated]}"),
                applied(inputs()));
    }

    @Test
    void aKakaoConnectorWithAnotherKeyHasItsWholeConfigReplaced() throws SetupException {
        bookstoreAppWith(List.of("https://books.example.com/callback", "https://staging.books.example.com/callback"),
                "https://books.example.com/backchannel-logout");
        completeResourceAndRoles();
        tenant.lists.put("/connectors", List.of(Map.of("id", "con-1", "connectorId", "kakao-universal", "target", "kakao",
                "config", Map.of("clientId", "old-key", "clientSecret", "kept-secret"))));
        tenant.signInExperience = Map.of("socialSignInConnectorTargets", List.of("kakao"));
        List<String> writes = applied(inputs("KAKAO_REST_API_KEY", "new-key"));
        assertEquals(1, writes.size(), writes.toString());
        assertTrue(writes.get(0).startsWith("PATCH /connectors/con-1 {config={") && writes.get(0).contains("clientId=new-key")
                && writes.get(0).contains("clientSecret=kept-secret"), writes.get(0));
    }

    @Test
    void aRunThatFailsHalfWaySaysWhatIsDoneAndThatRunningAgainFinishes() throws SetupException {
        tenant.failingPath = "/roles";
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SetupInputs inputs = inputs();
        int code = new LogtoSetup(new PrintStream(printed, true, StandardCharsets.UTF_8))
                .apply(inputs, tenant, TenantPlan.of(inputs, tenant));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(3, code);
        assertTrue(output.contains("failed     role admin: POST /api/roles failed: HTTP 500"), output);
        assertTrue(output.contains("Already done: create application 'Bookstore'; create API resource https://api.bookstore.example."), output);
        assertTrue(output.contains("Run the same command again to finish"), output);
    }
}
