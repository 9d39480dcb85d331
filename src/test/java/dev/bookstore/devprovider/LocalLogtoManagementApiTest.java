package dev.bookstore.devprovider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Management API of an empty local tenant answers with Logto 1.42's statuses, codes and shapes. */
class LocalLogtoManagementApiTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private LogtoDouble logto;
    private String token;

    @BeforeEach
    void start() throws Exception {
        logto = LogtoDouble.startEmpty("127.0.0.1", 0, "m2m", "m2m-secret");
        logto.console().machineToMachineApp("m2m-no-role", "plain", false);
        token = (String) JSONObjectUtils.parse(token("m2m", "m2m-secret").body()).get("access_token");
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    private HttpResponse<String> token(String id, String secret) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(logto.endpoint() + "/oidc/token"))
                .header("Authorization", OAuthTestValues.basic(id, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=all&resource="
                        + UrlEncoding.encode(MachineToMachineGrant.MANAGEMENT_API))));
    }

    private HttpResponse<String> api(String method, String path, String json, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(logto.endpoint() + "/api" + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(bearer == null ? request : request.header("Authorization", "Bearer " + bearer));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Object code(HttpResponse<String> answer) throws Exception {
        return JSONObjectUtils.parse(answer.body()).get("code");
    }

    @Test
    void theApiNeedsATokenWithScopeAllWhichOnlyTheRoleGives() throws Exception {
        HttpResponse<String> missing = api("GET", "/applications", null, null);
        assertEquals(401, missing.statusCode());
        assertEquals("auth.authorization_header_missing", code(missing));
        assertEquals("auth.unauthorized", code(api("GET", "/applications", null, "not-a-jwt")));
        HttpResponse<String> withoutRole = token("m2m-no-role", "plain");
        assertEquals(200, withoutRole.statusCode());
        assertNull(JSONObjectUtils.parse(withoutRole.body()).get("scope"), "Logto drops the scope it does not grant");
        HttpResponse<String> forbidden = api("GET", "/applications", null,
                (String) JSONObjectUtils.parse(withoutRole.body()).get("access_token"));
        assertEquals(403, forbidden.statusCode());
        assertEquals("auth.forbidden", code(forbidden));
        assertEquals(401, token("m2m", "wrong").statusCode());
        assertEquals(400, token("nobody", "x").statusCode());
    }

    @Test
    void aTraditionalAppsSecretIsOnlyUnderSecretsAndItSignsInAtTheTokenEndpoint() throws Exception {
        HttpResponse<String> created = api("POST", "/applications", "{\"name\":\"Bookstore\",\"type\":\"Traditional\","
                + "\"oidcClientMetadata\":{\"redirectUris\":[\"http://localhost:9080/callback\"],\"postLogoutRedirectUris\":[]}}", token);
        assertEquals(200, created.statusCode(), created.body());
        Map<String, Object> app = JSONObjectUtils.parse(created.body());
        assertFalse(app.containsKey("secret"), "Logto 1.42 keeps the secret out of the app");
        assertEquals(21, ((String) app.get("id")).length());
        List<Object> secrets = JSONArrayUtils.parse(api("GET", "/applications/" + app.get("id") + "/secrets", null, token).body());
        Map<?, ?> secret = (Map<?, ?>) secrets.get(0);
        assertEquals("Default secret", secret.get("name"));
        HttpResponse<String> refresh = send(HttpRequest.newBuilder(URI.create(logto.endpoint() + "/oidc/token"))
                .header("Authorization", OAuthTestValues.basic((String) app.get("id"), (String) secret.get("value")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=unknown")));
        assertEquals("invalid_grant", JSONObjectUtils.parse(refresh.body()).get("error"), "the client authenticated");
        assertEquals(400, api("POST", "/applications", "{\"name\":\"x\",\"type\":\"Traditional\","
                + "\"oidcClientMetadata\":{\"redirectUris\":[]}}", token).statusCode(), "both URI lists are required");
    }

    @Test
    void duplicatesAreRefusedWithLogtosCodes() throws Exception {
        String resource = "{\"name\":\"Books\",\"indicator\":\"https://api.bookstore.example\"}";
        HttpResponse<String> created = api("POST", "/resources", resource, token);
        assertEquals(201, created.statusCode());
        assertEquals("resource.resource_identifier_in_use", code(api("POST", "/resources", resource, token)));
        String id = (String) JSONObjectUtils.parse(created.body()).get("id");
        assertEquals(201, api("POST", "/resources/" + id + "/scopes", "{\"name\":\"read:books\"}", token).statusCode());
        assertEquals("scope.name_exists", code(api("POST", "/resources/" + id + "/scopes", "{\"name\":\"read:books\"}", token)));
        String role = "{\"name\":\"reader\",\"description\":\"Readers\",\"type\":\"User\"}";
        assertEquals(200, api("POST", "/roles", role, token).statusCode());
        HttpResponse<String> again = api("POST", "/roles", role, token);
        assertEquals(422, again.statusCode());
        assertEquals("role.name_in_use", code(again));
    }

    @Test
    void rolesArePagedWithTotalNumberAndTheSignInExperienceDropsTargetsWithoutAConnector() throws Exception {
        HttpResponse<String> roles = api("GET", "/roles?page=1&page_size=1", null, token);
        assertEquals("1", roles.headers().firstValue("Total-Number").orElseThrow(), "Logto's seeded Management API role");
        HttpResponse<String> dropped = api("PATCH", "/sign-in-exp", "{\"socialSignInConnectorTargets\":[\"kakao\"]}", token);
        assertEquals(List.of(), JSONObjectUtils.parse(dropped.body()).get("socialSignInConnectorTargets"));
        assertEquals(200, api("POST", "/connectors", "{\"connectorId\":\"kakao-universal\",\"config\":{\"clientId\":\"k\"}}", token)
                .statusCode());
        assertEquals("connector.multiple_instances_not_supported", code(api("POST", "/connectors",
                "{\"connectorId\":\"kakao-universal\",\"config\":{\"clientId\":\"k\"}}", token)));
        HttpResponse<String> kept = api("PATCH", "/sign-in-exp", "{\"socialSignInConnectorTargets\":[\"kakao\"]}", token);
        assertEquals(List.of("kakao"), JSONObjectUtils.parse(kept.body()).get("socialSignInConnectorTargets"));
        assertTrue(api("GET", "/.well-known/sign-in-exp", null, null).body().contains("\"tenantId\":\"default\""));
    }
}
