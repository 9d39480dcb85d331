package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Debian's Prometheus scrapes the IT server with the shipped job and loads the shipped alert rules (docs/ops), as
 * ops would run it; Grafana's dashboard then gets series for every query it asks. Scraped every second, so the whole
 * class takes seconds.
 */
class PrometheusIT extends BookstoreIT {

    private static LocalPrometheus prometheus;

    @BeforeAll
    static void scrapeTheItServer() throws Exception {
        prometheus = LocalPrometheus.start(config(), Map.of("metrics-password", ItSettings.METRICS_PASSWORD));
        prometheus.api().awaitSeries("up{job=\"bookstore\"} == 1");
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    /** The shipped job as it is, pointed at the IT server, its user and its self-signed certificate. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> config() throws Exception {
        Map<String, Object> shipped = OpsFiles.yaml(OpsFiles.CONFIG);
        Map<String, Object> job = new LinkedHashMap<>(((List<Map<String, Object>>) shipped.get("scrape_configs")).stream()
                .filter(candidate -> "bookstore".equals(candidate.get("job_name"))).findFirst().orElseThrow());
        Map<String, Object> basicAuth = new LinkedHashMap<>((Map<String, Object>) job.get("basic_auth"));
        basicAuth.put("username", ItSettings.METRICS_USER);
        basicAuth.put("password_file", "metrics-password");
        job.put("basic_auth", basicAuth);
        job.put("tls_config", Map.of("insecure_skip_verify", true));
        job.put("static_configs", List.of(Map.of("targets", List.of("127.0.0.1:" + ItSettings.HTTPS_PORT))));
        List<String> rules = new ArrayList<>();
        ((List<String>) shipped.get("rule_files")).forEach(file -> rules.add(OpsFiles.OPS.resolve(file).toString()));
        return Map.of("global", Map.of("scrape_interval", "1s", "scrape_timeout", "1s", "evaluation_interval", "1s"),
                "rule_files", rules, "scrape_configs", List.of(job));
    }

    @Test
    void everyQueryOfTheDashboardReturnsSeriesAfterAFewSignIns() throws Exception {
        Browserless reader = new Browserless();
        assertEquals(302, SignInRoundTrip.signIn(reader, "/sign-in", "reader").statusCode());
        assertEquals(200, reader.get(ItSettings.url("/shelf")).statusCode(), "the shelf page calls the API");
        assertEquals(302, SignInRoundTrip.signIn(new Browserless(), "/sign-in", "admin").statusCode());
        assertEquals(302, SignInRoundTrip.signIn(new Browserless(), "/sign-in", "kakao").statusCode());
        assertEquals(401, new Browserless().get(ItSettings.url("/api/books")).statusCode());
        prometheus.api().awaitSeries("sum(increase(bookstore_sign_ins_started_total[5m])) >= 3");

        List<String> queries = OpsFiles.dashboardQueries();
        assertTrue(queries.size() >= 10, "the dashboard's queries: " + queries);
        for (String query : queries) {
            assertFalse(prometheus.api().query(query).isEmpty(), () -> "no series for the dashboard's " + query);
        }
        assertFalse(prometheus.api().query("sum(rate(bookstore_sign_in_duration_seconds_count[5m])) > 0").isEmpty(),
                "Prometheus saw the sign-ins complete");
    }

    /**
     * Whether they fire is promtool's test (PrometheusRulesTest): here, with every alert's "for" far longer than the
     * test, a rule may be pending (a fresh server's first call to Logto can take over a second), never in error.
     */
    @Test
    void theShippedAlertRulesLoadAndEvaluateWithoutError() throws Exception {
        Set<String> loaded = new TreeSet<>();
        for (Map<String, Object> rule : prometheus.api().evaluatedRules()) {
            loaded.add((String) rule.get("name"));
            assertEquals("ok", rule.get("health"), () -> rule.get("name") + ": " + rule.get("lastError"));
        }
        assertEquals(OpsFiles.alertNames(), loaded);
    }
}
