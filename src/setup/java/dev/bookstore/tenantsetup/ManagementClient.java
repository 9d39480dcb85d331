package dev.bookstore.tenantsetup;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Logto's Management API over HTTP, with a token from the client_credentials grant of a machine-to-machine app.
 * Every failure becomes one line naming what to fix: Logto unreachable, or the call that failed with Logto's own
 * code and message.
 */
final class ManagementClient implements ManagementCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int PAGE_SIZE = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    final URI endpoint;
    private String accessToken;

    private ManagementClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Checks that the endpoint is a Logto, then takes a Management API token ({@link ManagementToken}). */
    static ManagementClient connect(SetupInputs inputs) throws SetupException {
        ManagementClient client = new ManagementClient(inputs.endpoint());
        client.accessToken = new ManagementToken(client, inputs).take();
        return client;
    }

    @Override
    public List<Map<String, Object>> list(String path) throws SetupException {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            String separator = path.contains("?") ? "&" : "?";
            List<Map<String, Object>> items = objects(call("GET", path + separator + "page=" + page + "&page_size=" + PAGE_SIZE, null));
            all.addAll(items);
            if (items.size() < PAGE_SIZE) {
                return all;
            }
        }
    }

    @Override
    public List<Map<String, Object>> listWhole(String path) throws SetupException {
        return objects(call("GET", path, null));
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

    HttpResponse<String> send(HttpRequest.Builder request) throws SetupException {
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

    static Map<String, Object> object(HttpResponse<String> answer) throws SetupException {
        if (answer.body().isBlank()) {
            return Map.of();
        }
        try {
            return JSONObjectUtils.parse(answer.body());
        } catch (ParseException notJson) {
            throw SetupException.logto(answer.request().uri() + " answered HTTP " + answer.statusCode() + " without JSON");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(HttpResponse<String> answer) throws SetupException {
        List<Map<String, Object>> objects = new ArrayList<>();
        try {
            for (Object item : JSONArrayUtils.parse(answer.body())) {
                if (item instanceof Map<?, ?> entry) {
                    objects.add((Map<String, Object>) entry);
                }
            }
            return objects;
        } catch (ParseException notJson) {
            throw SetupException.logto(answer.request().uri() + " answered HTTP " + answer.statusCode() + " without a JSON list");
        }
    }
}
