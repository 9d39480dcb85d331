package dev.bookstore.it;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The Prometheus and Grafana files the project ships (docs/ops), as the ITs read them. */
final class OpsFiles {

    static final Path OPS = Path.of(System.getProperty("it.project.dir", "."), "docs/ops").toAbsolutePath();
    static final Path CONFIG = OPS.resolve("prometheus.yml");
    static final Path RULES = OPS.resolve("prometheus-alerts.yml");
    static final Path DASHBOARD = OPS.resolve("grafana-dashboard.json");

    // Grafana's own range variables, which Prometheus does not know: any range it has data for will do.
    private static final Pattern GRAFANA_RANGE = Pattern.compile("\\$\\{?__(rate_interval|interval|range)}?");
    private static final Pattern SELECTOR = Pattern.compile("(bookstore_[a-z_]+)(\\{([^}]*)})?");
    private static final Pattern MATCHER = Pattern.compile("(\\w+)\\s*(=~|=)\\s*\"([\\w|]+)\"");

    private OpsFiles() {
    }

    /** A series a query or rule asks for by name, and by one label's value where it names values. */
    record Series(String name, String label, String value) {

        boolean servedIn(String metrics) {
            return metrics.lines().anyMatch(line -> (line.startsWith(name + "{") || line.startsWith(name + " "))
                    && (label == null || line.contains(label + "=\"" + value + "\"")));
        }

        @Override
        public String toString() {
            return label == null ? name : name + "{" + label + "=\"" + value + "\"}";
        }
    }

    /** Every query of the dashboard's panels, as Prometheus can answer it. */
    static List<String> dashboardQueries() throws IOException, ParseException {
        List<String> queries = new ArrayList<>();
        collectExpressions(JSONObjectUtils.parse(Files.readString(DASHBOARD)), queries);
        return queries.stream().map(query -> GRAFANA_RANGE.matcher(query).replaceAll("1m")).peek(query -> {
            if (query.contains("$")) {
                throw new AssertionError("a Grafana variable the ITs cannot replace: " + query);
            }
        }).toList();
    }

    static Set<String> alertNames() throws IOException {
        return rules().stream().map(rule -> (String) rule.get("alert")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The series the dashboard's queries and the alerts' expressions select. */
    static Set<Series> seriesUsed() throws IOException, ParseException {
        List<String> expressions = new ArrayList<>(dashboardQueries());
        rules().forEach(rule -> expressions.add((String) rule.get("expr")));
        Set<Series> used = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (String expression : expressions) {
            Matcher selector = SELECTOR.matcher(expression);
            while (selector.find()) {
                used.add(new Series(selector.group(1), null, null));
                Matcher matcher = MATCHER.matcher(selector.group(3) == null ? "" : selector.group(3));
                while (matcher.find()) {
                    for (String value : matcher.group(3).split("\\|")) {
                        used.add(new Series(selector.group(1), matcher.group(1), value));
                    }
                }
            }
        }
        return used;
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        return new org.yaml.snakeyaml.Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules() throws IOException {
        return ((List<Map<String, Object>>) yaml(RULES).get("groups")).stream()
                .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream()).toList();
    }

    private static void collectExpressions(Object json, List<String> into) {
        if (json instanceof Map<?, ?> object) {
            object.forEach((key, value) -> {
                if ("expr".equals(key) && value instanceof String expression) {
                    into.add(expression);
                } else {
                    collectExpressions(value, into);
                }
            });
        } else if (json instanceof Collection<?> array) {
            array.forEach(element -> collectExpressions(element, into));
        }
    }
}
