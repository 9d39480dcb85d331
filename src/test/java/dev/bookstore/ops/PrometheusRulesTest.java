package dev.bookstore.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The shipped Prometheus files (docs/ops) as Prometheus reads them: promtool checks the rules and the configuration,
 * and runs the rules' unit tests, in which every alert fires on the failure it names and stays silent when healthy.
 */
class PrometheusRulesTest {

    private static final Path OPS = Path.of(System.getProperty("user.dir"), "docs/ops");
    private static final Path RULES = OPS.resolve("prometheus-alerts.yml");
    private static final Path RULE_TESTS = OPS.resolve("prometheus-alerts.test.yml");
    private static final Path CONFIG = OPS.resolve("prometheus.yml");

    @Test
    void theAlertRulesAreValidPrometheusRules() throws Exception {
        String output = Promtool.run("check", "rules", RULES.toString());
        assertTrue(output.contains("SUCCESS: " + alerts().size() + " rules found"), output);
    }

    @Test
    void everyAlertFiresOnItsFailureAndStaysSilentOnAHealthySeries() throws Exception {
        Promtool.run("test", "rules", RULE_TESTS.toString());
    }

    /** promtool passes a test file that leaves an alert out: the file itself must name each alert both ways. */
    @Test
    void everyAlertHasAFiringCaseAndASilentCase() throws IOException {
        Set<String> firing = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        for (Map<String, Object> group : list(yaml(RULE_TESTS).get("tests"))) {
            for (Map<String, Object> check : list(group.getOrDefault("alert_rule_test", List.of()))) {
                String alert = (String) check.get("alertname");
                (list(check.getOrDefault("exp_alerts", List.of())).isEmpty() ? silent : firing).add(alert);
            }
        }
        assertEquals(alerts(), firing, "alerts with a case where they fire");
        assertEquals(alerts(), silent, "alerts with a case where they stay silent");
    }

    @Test
    void theShippedConfigurationIsValidAndLoadsTheAlertRules() throws Exception {
        String output = Promtool.run("check", "config", CONFIG.toString());
        assertTrue(output.contains("SUCCESS: 1 rule files found"), output);
        assertEquals(List.of(RULES.getFileName().toString()), yaml(CONFIG).get("rule_files"));
    }

    private static Set<String> alerts() throws IOException {
        return list(yaml(RULES).get("groups")).stream().flatMap(group -> list(group.get("rules")).stream())
                .map(rule -> (String) rule.get("alert")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
