package dev.bookstore.tenantsetup;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Logto's Management API over HTTP, with a token from the client_credentials grant of a machine-to-machine app.
 * Every failure becomes one line naming what to fix: Logto unreachable, not a Logto, credentials refused, the
 * app without the Management API role, or the call that failed with Logto's own code and message.
 */
final class ManagementClient implements ManagementCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int PAGE_SIZE = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI endpoint;
    private String accessToken;

    private ManagementClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    static ManagementClient connect(SetupInputs inputs) throws SetupException {
        ManagementClient client = new ManagementClient(inputs.endpoint());
        client.checkItIsLogto();
        String resource = inputs.managementResource() != null ? inputs.managementResource() : client.managementResource();
        client.accessToken = client.managementToken(inputs, resource);
        return client;
    }

    /**
     * The tenant's Management API indicator, from the tenant id Logto shows anyone in its sign-in experience
     * (which also works for a custom domain); from the endpoint's host when that does not answer.
     */
    private String managementResource() throws SetupException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(endpoint + "/api/.well-known/sign-in-exp")).GET());
        Object tenantId = answer.statusCode() == 200 ? object(answer).get("tenantId") : null;
        return tenantId instanceof String id && id.matches("[a-z0-9-]+") && !id.equals("admin")
                ? SetupInputs.managementResourceOf(id) : SetupInputs.managementResourceOf(endpoint);
    }

    private void checkItIsLogto() throws SetupException {
        URI discovery = URI.create(endpoint + "/oidc/.well-known/openid-configuration");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(discovery).GET());
        Object issuer = answer.statusCode() == 200 ? object(answer).get("issuer") : null;
        if (!(endpoint + "/oidc").equals(issuer)) {
            throw SetupException.logto(endpoint + " is not a Logto endpoint: " + discovery + " answered HTTP "
                    + answer.statusCode() + (issuer == null ? "" : " with issuer " + issuer) + "; check LOGTO_ENDPOINT");
        }
    }

    private String managementToken(SetupInputs inputs, String resource) throws SetupException {
        String credentials = URLEncoder.encode(inputs.managementAppId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(inputs.managementAppSecret(), StandardCharsets.UTF_8);
        String form = "grant_type=client_credentials&scope=all&resource="
                + URLEncoder.encode(resource, StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(endpoint + "/oidc/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        Map<String, Object> body = object(answer);
        if (answer.statusCode() == 200 && body.get("access_token") instanceof String token) {
            if (!(" " + body.getOrDefault("scope", "") + " ").contains(" all ")) {
                throw noManagementRole(inputs);
            }
            return token;
        }
        String error = String.valueOf(body.get("error"));
        throw switch (error) {
            case "invalid_client" -> SetupException.logto("Logto refused the machine-to-machine app's credentials"
                    + " (invalid_client): check LOGTO_M2M_APP_ID and LOGTO_M2M_APP_SECRET against the app in the Logto Console"
                    + " (Applications)");
            case "invalid_target" -> SetupException.logto("Logto has no Management API " + resource
                    + " (invalid_target): set LOGTO_MANAGEMENT_RESOURCE to https://<tenant-id>.logto.app/api for Logto Cloud,"
                    + " " + SetupInputs.OSS_MANAGEMENT_RESOURCE + " for a self-hosted Logto");
            case "invalid_scope" -> noManagementRole(inputs);
            default -> SetupException.logto("Logto's token endpoint refused the machine-to-machine token: HTTP "
                    + answer.statusCode() + " " + error);
        };
    }

    private static SetupException noManagementRole(SetupInputs inputs) {
        return SetupException.logto("the machine-to-machine app " + inputs.managementAppId() + " may not use the"
                + " Management API: in the Logto Console, open Applications > that app > Roles, and assign the role"
                + " \"Logto Management API access\"");
    }

    @Override
    public List<Map<String, Object>> list(String path) throws SetupException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            String separator = path.contains("?") ? "&" : "?";
            HttpResponse<String> answer = call("GET", path + separator + "page=" + page + "&page_size=" + PAGE_SIZE, null);
            List<Object> items = array(answer);
            for (Object item : items) {
                if (item instanceof Map<?, ?> entry) {
                    all.add(castMap(entry));
                }
            }
            if (items.size() < PAGE_SIZE) {
                return all;
            }
        }
    }

    @Override
    public List<Map<String, Object>> listWhole(String path) throws SetupException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object item : array(call("GET", path, null))) {
            if (item instanceof Map<?, ?> entry) {
                all.add(castMap(entry));
            }
        }
        return all;
    }

    @Override
    public Map<String, Object> get(String path) throws SetupException {
        return object(call("GET", path, null));
    }

    @Override
    public Map<String, Object> post(String path, Map<String, Object> body) throws SetupException {
        return object(call("POST", path, body));
    }

    @Override
    public Map<String, Object> patch(String path, Map<String, Object> body) throws SetupException {
        return object(call("PATCH", path, body));
    }

    private HttpResponse<String> call(String method, String path, Map<String, Object> body) throws SetupException {
        HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(endpoint + "/api" + path))
                .header("Authorization", "Bearer " + accessToken).header("Content-Type", "application/json")
                .method(method, content));
        if (answer.statusCode() == 403 || answer.statusCode() == 401) {
            throw SetupException.logto(method + " /api" + path + " was refused (HTTP " + answer.statusCode() + " "
                    + codeOf(answer) + "): the machine-to-machine app needs the role \"Logto Management API access\"");
        }
        if (answer.statusCode() >= 300) {
            throw SetupException.logto(method + " /api" + path + " failed: HTTP " + answer.statusCode() + " " + codeOf(answer));
        }
        return answer;
    }

    /** Logto's RequestError body: {@code code} and {@code message}. */
    private static String codeOf(HttpResponse<String> answer) {
        try {
            Map<String, Object> error = JSONObjectUtils.parse(answer.body());
            return error.getOrDefault("code", "") + (error.get("message") == null ? "" : " (" + error.get("message") + ")");
        } catch (ParseException notJson) {
            return "";
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws SetupException {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw SetupException.logto("Logto is unreachable at " + endpoint + " (" + unreachable.getClass().getSimpleName()
                    + (unreachable.getMessage() == null ? "" : ": " + unreachable.getMessage()) + "); check LOGTO_ENDPOINT");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw SetupException.logto("interrupted while waiting for Logto");
        }
    }

    private static Map<String, Object> object(HttpResponse<String> answer) throws SetupException {
        if (answer.body().isBlank()) {
            return Map.of();
        }
        try {
            return JSONObjectUtils.parse(answer.body());
        } catch (ParseException notJson) {
            throw SetupException.logto(answer.request().uri() + " answered HTTP " + answer.statusCode() + " without JSON");
        }
    }

    private static List<Object> array(HttpResponse<String> answer) throws SetupException {
        try {
            return JSONArrayUtils.parse(answer.body());
        } catch (ParseException notJson) {
            throw SetupException.logto(answer.request().uri() + " answered HTTP " + answer.statusCode() + " without a JSON list");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object item) {
        return (Map<String, Object>) item;
    }
}
