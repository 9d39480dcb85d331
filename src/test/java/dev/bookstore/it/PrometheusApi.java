package dev.bookstore.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Prometheus' HTTP API as Grafana uses it: instant queries, and the rules and targets it has loaded. */
final class PrometheusApi {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;
    private final Path log;

    PrometheusApi(URI base, Path log) {
        this.base = base;
        this.log = log;
    }

    /** The series an instant query returns (/api/v1/query). */
    List<Map<String, Object>> query(String promql) {
        return list(data("api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).get("result"));
    }

    /** Waits until {@code promql} returns a series, e.g. a comparison that has become true. */
    void awaitSeries(String promql) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (query(promql).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Prometheus never answered " + promql + "; its targets: "
                        + data("api/v1/targets").get("activeTargets") + "\n" + log());
            }
            Thread.sleep(200);
        }
    }

    /** Every rule of every loaded group, once each has been evaluated (/api/v1/rules). */
    List<Map<String, Object>> evaluatedRules() throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            List<Map<String, Object>> rules = list(data("api/v1/rules").get("groups")).stream()
                    .flatMap(group -> list(group.get("rules")).stream()).toList();
            if (!rules.isEmpty() && rules.stream().noneMatch(rule -> "unknown".equals(rule.get("health")))) {
                return rules;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("rules not evaluated: " + rules + "\n" + log());
            }
            Thread.sleep(200);
        }
    }

    boolean ready() throws InterruptedException {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve("-/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    String log() throws IOException {
        return Files.exists(log) ? "Prometheus' log:\n" + Files.readString(log) : "";
    }

    private Map<String, Object> data(String path) {
        try {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, Object> json = JSONObjectUtils.parse(answer.body());
            if (answer.statusCode() != 200 || !"success".equals(json.get("status"))) {
                throw new AssertionError(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return JSONObjectUtils.getJSONObject(json, "data");
        } catch (IOException | ParseException e) {
            throw new AssertionError(path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
