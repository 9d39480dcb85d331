package dev.bookstore.devprovider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organization template's Management API routes answer and announce as Logto 1.42's do. */
class LocalLogtoOrganizationTemplateApiTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private LogtoDouble logto;
    private String token;

    @BeforeEach
    void start() throws Exception {
        logto = LogtoDouble.startEmpty("127.0.0.1", 0, "m2m", "m2m-secret");
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(logto.endpoint() + "/oidc/token"))
                .header("Authorization", OAuthTestValues.basic("m2m", "m2m-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=all&resource="
                        + UrlEncoding.encode(MachineToMachineGrant.MANAGEMENT_API))).build(), HttpResponse.BodyHandlers.ofString());
        token = (String) JSONObjectUtils.parse(answer.body()).get("access_token");
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    private HttpResponse<String> api(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(logto.endpoint() + "/api" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String created(String path, String json) throws Exception {
        HttpResponse<String> answer = api("POST", path, json);
        assertEquals(201, answer.statusCode(), answer.body());
        return (String) JSONObjectUtils.parse(answer.body()).get("id");
    }

    private static Object code(HttpResponse<String> answer) throws Exception {
        return JSONObjectUtils.parse(answer.body()).get("code");
    }

    @Test
    void aDuplicateNameIs422AndAnUnknownPermissionIdTooThoughTheRoleStays() throws Exception {
        String scope = "{\"name\":\"manage:club-shelf\",\"description\":\"Add books\"}";
        HttpResponse<String> first = api("POST", "/organization-scopes", scope);
        assertEquals(201, first.statusCode());
        Map<String, Object> made = JSONObjectUtils.parse(first.body());
        assertEquals(List.of("tenantId", "id", "name", "description"), List.copyOf(made.keySet()));
        assertEquals(21, ((String) made.get("id")).length());
        HttpResponse<String> again = api("POST", "/organization-scopes", scope);
        assertEquals(422, again.statusCode());
        assertEquals("entity.unique_integrity_violation", code(again));
        Map<String, Object> role = JSONObjectUtils.parse(api("POST", "/organization-roles", "{\"name\":\"member\"}").body());
        assertEquals("User", role.get("type"));
        assertTrue(role.containsKey("description") && role.get("description") == null, role.toString());
        assertEquals("entity.unique_integrity_violation", code(api("POST", "/organization-roles", "{\"name\":\"member\"}")));
        HttpResponse<String> unknown = api("POST", "/organization-roles", "{\"name\":\"organizer\",\"organizationScopeIds\":[\"nope\"]}");
        assertEquals(422, unknown.statusCode());
        assertEquals("entity.relation_foreign_key_not_found", code(unknown));
        assertEquals(2, JSONArrayUtils.parse(api("GET", "/organization-roles", null).body()).size(), "Logto made the role first");
        assertEquals(400, api("POST", "/organization-roles", "{\"description\":\"no name\"}").statusCode());
    }

    @Test
    void scopesArePagedOnlyWhenAskedRolesAlwaysEachWithItsPermissions() throws Exception {
        String manage = created("/organization-scopes", "{\"name\":\"manage:club-shelf\"}");
        created("/organization-scopes", "{\"name\":\"read:club-notes\"}");
        created("/organization-roles", "{\"name\":\"organizer\",\"organizationScopeIds\":[\"" + manage + "\"]}");
        HttpResponse<String> whole = api("GET", "/organization-scopes", null);
        assertEquals(2, JSONArrayUtils.parse(whole.body()).size());
        assertFalse(whole.headers().firstValue("Total-Number").isPresent(), "no page asked, no pages");
        HttpResponse<String> page = api("GET", "/organization-scopes?page=2&page_size=1", null);
        assertEquals("read:club-notes", ((Map<?, ?>) JSONArrayUtils.parse(page.body()).get(0)).get("name"));
        assertEquals("2", page.headers().firstValue("Total-Number").orElseThrow());
        assertEquals(1, JSONArrayUtils.parse(api("GET", "/organization-scopes?q=NOTES", null).body()).size());
        HttpResponse<String> roles = api("GET", "/organization-roles", null);
        assertEquals("1", roles.headers().firstValue("Total-Number").orElseThrow(), "roles are always paged");
        Map<?, ?> organizer = (Map<?, ?>) JSONArrayUtils.parse(roles.body()).get(0);
        assertEquals(List.of(Map.of("id", manage, "name", "manage:club-shelf")), organizer.get("scopes"));
        assertEquals(List.of(), organizer.get("resourceScopes"));
        assertEquals("guard.invalid_pagination", code(api("GET", "/organization-roles?page_size=101", null)));
    }

    @Test
    void aRolesPermissionsAreAddedAllOrNothingTwiceWithoutErrorAndAnnounced() throws Exception {
        String hook = "{\"name\":\"t\",\"events\":[\"OrganizationScope.Created\",\"OrganizationRole.Created\","
                + "\"OrganizationRole.Scopes.Updated\"],\"config\":{\"url\":\"http://127.0.0.1:1/hook\"}}";
        assertEquals(201, api("POST", "/hooks", hook).statusCode());
        String manage = created("/organization-scopes", "{\"name\":\"manage:club-shelf\"}");
        String member = created("/organization-roles", "{\"name\":\"member\",\"organizationScopeIds\":[]}");
        String add = "{\"organizationScopeIds\":[\"" + manage + "\"]}";
        HttpResponse<String> added = api("POST", "/organization-roles/" + member + "/scopes", add);
        assertEquals(201, added.statusCode());
        assertEquals("", added.body());
        assertEquals(201, api("POST", "/organization-roles/" + member + "/scopes", add).statusCode());
        assertEquals("entity.relation_foreign_key_not_found", code(api("POST", "/organization-roles/" + member + "/scopes",
                "{\"organizationScopeIds\":[\"" + manage + "\",\"nope\"]}")));
        assertEquals(400, api("POST", "/organization-roles/" + member + "/scopes", "{\"organizationScopeIds\":[]}").statusCode());
        List<Object> granted = JSONArrayUtils.parse(api("GET", "/organization-roles/" + member + "/scopes", null).body());
        assertEquals(List.of(manage), granted.stream().map(scope -> ((Map<?, ?>) scope).get("id")).toList());
        assertEquals("entity.not_exists_with_id", code(api("GET", "/organization-roles/nope/scopes", null)));
        List<Map<String, Object>> sent = logto.console().webhookDeliveries().stream().map(delivery -> parse(delivery[0])).toList();
        assertEquals(List.of("OrganizationScope.Created", "OrganizationRole.Created", "OrganizationRole.Scopes.Updated",
                "OrganizationRole.Scopes.Updated"), sent.stream().map(payload -> payload.get("event")).toList());
        assertEquals(manage, ((Map<?, ?>) sent.get(0).get("data")).get("id"));
        assertEquals(Map.of("id", member), sent.get(2).get("params"));
        assertEquals("/organization-roles/:id/scopes", sent.get(2).get("matchedRoute"));
        assertFalse(sent.get(2).containsKey("data"), "Logto's answer has no body");
    }

    @Test
    void aRoleCreatedWithPermissionsAnnouncesThemFirstWithItsId() throws Exception {
        assertEquals(201, api("POST", "/hooks", "{\"events\":[\"OrganizationRole.Created\",\"OrganizationRole.Scopes.Updated\"],"
                + "\"config\":{\"url\":\"http://127.0.0.1:1/hook\"}}").statusCode());
        String manage = created("/organization-scopes", "{\"name\":\"manage:club-shelf\"}");
        String organizer = created("/organization-roles", "{\"name\":\"organizer\",\"organizationScopeIds\":[\"" + manage + "\"]}");
        List<Map<String, Object>> sent = logto.console().webhookDeliveries().stream().map(delivery -> parse(delivery[0])).toList();
        assertEquals(List.of("OrganizationRole.Scopes.Updated", "OrganizationRole.Created"),
                sent.stream().map(payload -> payload.get("event")).toList());
        assertEquals(organizer, sent.get(0).get("organizationRoleId"));
        assertEquals(organizer, ((Map<?, ?>) sent.get(1).get("data")).get("id"));
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (java.text.ParseException notJson) {
            throw new AssertionError(json, notJson);
        }
    }
}
