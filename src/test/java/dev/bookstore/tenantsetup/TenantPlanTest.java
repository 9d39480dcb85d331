package dev.bookstore.tenantsetup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
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

    @Test
    void aNewBaseUrlIsAddedToTheAppKeepingWhatOpsRegistered() throws SetupException {
        bookstoreAppWith(List.of("https://books.example.com/callback", "https://ops.example.com/callback"),
                "https://books.example.com/backchannel-logout");
        tenant.completeButTheApp();
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
        tenant.completeButTheApp();
        assertEquals(List.of(), applied(inputs()));
    }

    @Test
    void aMissingPermissionIsAddedAndGivenToTheRolesThatLackIt() throws SetupException {
        bookstoreAppWith(List.of("https://books.example.com/callback", "https://staging.books.example.com/callback"),
                "https://books.example.com/backchannel-logout");
        tenant.completeButTheApp();
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
    void anEmptyTenantGetsTheAppResourceRolesAndOrganizationTemplateInOrder() throws SetupException {
        List<String> writes = applied(inputs());
        assertEquals(10, writes.size(), writes.toString());
        assertTrue(writes.get(0).startsWith("POST /applications {"), writes.get(0));
        assertTrue(writes.get(1).startsWith("POST /resources {") && writes.get(1).contains("https://api.bookstore.example"));
        assertTrue(writes.get(2).startsWith("POST /resources/new-2/scopes {") && writes.get(2).endsWith("name=read:books}"), writes.get(2));
        assertTrue(writes.get(3).startsWith("POST /resources/new-2/scopes {") && writes.get(3).endsWith("name=write:books}"), writes.get(3));
        assertTrue(writes.get(4).contains("name=admin") && writes.get(4).contains("scopeIds=[new-3, new-4]"), writes.get(4));
        assertTrue(writes.get(5).contains("name=reader") && writes.get(5).contains("scopeIds=[new-3]")
                && writes.get(5).contains("isDefault=true"), writes.get(5));
        assertEquals("POST /organization-scopes {description=Add books to the club's shelf and take them off, "
                + "name=manage:club-shelf}", writes.get(6));
        assertEquals("POST /organization-roles {description=Runs the book club and its shelf, name=organizer, "
                + "organizationScopeIds=[new-7], type=User}", writes.get(7));
        assertEquals("POST /organization-roles {description=Reads the club's shelf, name=member, organizationScopeIds=[], "
                + "type=User}", writes.get(8));
        assertTrue(writes.get(9).startsWith("POST /hooks {config={url=https://books.example.com/logto-webhook}, "
                + "events=[User.SuspensionStatus.Updated, User.Deleted, User.Data.Updated, Organization.Membership.Updated, "
                + "Role.Deleted, Role.Scopes.Updated, OrganizationRole.Scopes.Updated, OrganizationRole.Deleted]"), writes.get(9));
    }

    @Test
    void aWebhookWithoutTheDeletionEventGetsItAddedKeepingItsOthers() throws SetupException {
        bookstoreAppWith(List.of("https://books.example.com/callback", "https://staging.books.example.com/callback"),
                "https://books.example.com/backchannel-logout");
        tenant.completeButTheApp();
        tenant.lists.put("/hooks", List.of(Map.of("id", "hook-1", "config", Map.of("url", "https://books.example.com/logto-webhook"),
                "events", List.of("PostSignIn", "User.SuspensionStatus.Updated"), "signingKey", "k")));
        assertEquals(List.of("PATCH /hooks/hook-1 {events=[PostSignIn, User.SuspensionStatus.Updated, User.Deleted, "
                        + "User.Data.Updated, Organization.Membership.Updated, Role.Deleted, Role.Scopes.Updated, "
                        + "OrganizationRole.Scopes.Updated, OrganizationRole.Deleted]}"),
                applied(inputs()));
    }

    @Test
    void aKakaoConnectorWithAnotherKeyHasItsWholeConfigReplaced() throws SetupException {
        bookstoreAppWith(List.of("https://books.example.com/callback", "https://staging.books.example.com/callback"),
                "https://books.example.com/backchannel-logout");
        tenant.completeButTheApp();
        tenant.lists.put("/connectors", List.of(Map.of("id", "con-1", "connectorId", "kakao-universal", "target", "kakao",
                "config", Map.of("clientId", "old-key", "clientSecret", "kept-secret"))));
        tenant.signInExperience = Map.of("socialSignInConnectorTargets", List.of("kakao"));
        List<String> writes = applied(inputs("KAKAO_REST_API_KEY", "new-key"));
        assertEquals(1, writes.size(), writes.toString());
        assertTrue(writes.get(0).startsWith("PATCH /connectors/con-1 {config={") && writes.get(0).contains("clientId=new-key")
                && writes.get(0).contains("clientSecret=kept-secret"), writes.get(0));
    }

    @Test
    void anOrganizerWithoutThePermissionInALocalLogtoGetsItKeepingItsOwn() throws SetupException {
        try (LogtoDouble logto = LogtoDouble.startEmpty("127.0.0.1", 0, "m2m", "m2m-secret")) {
            SetupInputs inputs = inputs("LOGTO_ENDPOINT", logto.endpoint(), "LOGTO_M2M_APP_SECRET", "m2m-secret");
            ManagementCalls api = ManagementClient.connect(inputs);
            String notes = (String) api.post("/organization-scopes", Map.of("name", "read:club-notes")).get("id");
            api.post("/organization-roles", Map.of("name", "organizer", "organizationScopeIds", List.of(notes)));
            api.post("/organization-roles", Map.of("name", "member"));
            TenantPlan plan = TenantPlan.of(inputs, api);
            assertEquals(List.of("create     organization permission manage:club-shelf (book clubs: organizers manage a club's shelf)",
                    "update     organization role organizer: add manage:club-shelf", "unchanged  organization role member"),
                    organizationLines(plan));
            for (Change change : plan.changes()) {
                change.apply().to(api, plan.state());
            }
            assertEquals(List.of(Map.of("id", notes, "name", "read:club-notes"), Map.of("id",
                    plan.state().organizationScopeIds.get("manage:club-shelf"), "name", "manage:club-shelf")),
                    api.list("/organization-roles?q=organizer").get(0).get("scopes"));
            assertTrue(organizationLines(TenantPlan.of(inputs, api)).stream().allMatch(line -> line.startsWith("unchanged ")));
        }
    }

    private static List<String> organizationLines(TenantPlan plan) {
        return plan.changes().stream().map(Change::line).filter(line -> line.contains(" organization ")).toList();
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
