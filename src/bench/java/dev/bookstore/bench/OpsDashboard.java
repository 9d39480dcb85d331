package dev.bookstore.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * What the dashboard in docs/grafana-dashboard.json shows, drawn from the server's own /metrics at the end of the
 * benchmark's load (real sign-ins, refusals and calls to Logto): sign-ins by outcome, calls to Logto by endpoint, and
 * the token endpoint's latency histogram. Written to docs/dashboard.png; skipped for a WAR without the app's metrics.
 */
final class OpsDashboard {

    private static final Pattern SAMPLE = Pattern.compile("^([a-z_]+)\\{([^}]*)\\} ([0-9.eE+-]+)$");

    private OpsDashboard() {
    }

    static void draw(BenchSettings settings, HttpClient client) throws IOException, InterruptedException {
        HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(URI.create(settings.app("/metrics?scope=application")
                .toString())).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (metrics.statusCode() != 200 || !metrics.body().contains("bookstore_")) {
            System.out.println("no application metrics to draw (HTTP " + metrics.statusCode() + ")");
            return;
        }
        Map<String, Double> signIns = new LinkedHashMap<>();
        Map<String, Double> logtoCalls = new LinkedHashMap<>();
        Map<String, Double> tokenLatency = new LinkedHashMap<>();
        for (String line : metrics.body().lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                continue;
            }
            String name = sample.group(1);
            String labels = sample.group(2);
            double value = Double.parseDouble(sample.group(3));
            switch (name) {
                case "bookstore_sign_ins_started_total" -> signIns.merge("started", value, Double::sum);
                case "bookstore_sign_in_duration_seconds_count" -> signIns.merge("completed", value, Double::sum);
                case "bookstore_sign_ins_refused_total" -> signIns.merge("refused: " + label(labels, "reason"), value, Double::sum);
                case "bookstore_logto_call_duration_seconds_count" -> logtoCalls.merge(label(labels, "endpoint") + " "
                        + label(labels, "outcome"), value, Double::sum);
                case "bookstore_logto_call_duration_seconds_bucket" -> {
                    if (labels.contains("endpoint=\"token\"") && labels.contains("outcome=\"2xx\"")) {
                        tokenLatency.merge("≤ " + label(labels, "le") + " s", value, Double::sum);
                    }
                }
                default -> {
                    // not drawn
                }
            }
        }
        // every series exists from start-up; the picture shows the ones that moved
        signIns.entrySet().removeIf(entry -> entry.getKey().startsWith("refused") && entry.getValue() == 0);
        logtoCalls.values().removeIf(count -> count == 0);
        Path png = settings.docs().resolve("dashboard.png");
        Files.createDirectories(settings.docs());
        List<CategoryChart> panels = List.of(panel("Sign-ins, by outcome", signIns), panel("Calls to Logto, by endpoint and outcome", logtoCalls),
                panel("Token endpoint: calls at most this long (cumulative)", tokenLatency));
        List<org.knowm.xchart.internal.chartpart.Chart<?, ?>> charts = new ArrayList<>(panels);
        BitmapEncoder.saveBitmap(charts, charts.size(), 1, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        System.out.println("dashboard panels drawn from /metrics: " + png);
    }

    private static CategoryChart panel(String title, Map<String, Double> values) {
        CategoryChart chart = new CategoryChartBuilder().width(1100).height(380).title(title).yAxisTitle("count").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setChartTitleBoxVisible(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        if (values.isEmpty()) {
            values = Map.of("none", 0.0);
        }
        chart.addSeries(title, new ArrayList<>(values.keySet()), new ArrayList<>(values.values()));
        return chart;
    }

    private static String label(String labels, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(labels);
        return value.find() ? value.group(1) : "?";
    }
}
