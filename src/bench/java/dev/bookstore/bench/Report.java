package dev.bookstore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints the table, writes target/bench/results.json and the chart, and refreshes docs/PERFORMANCE.md. */
final class Report {

    static final String CHART = "performance.png";

    private Report() {
    }

    static void write(Results results, BenchSettings settings) throws IOException {
        List<Figure> figures = results.figures();
        System.out.println();
        System.out.println(ResultsTable.text(figures));
        Files.writeString(settings.out().resolve("results.json"), Json.write(json(results, figures)));
        Path chart = settings.out().resolve(CHART);
        RatioChart.write(figures, chart);
        Files.createDirectories(settings.docs());
        Files.copy(chart, settings.docs().resolve(CHART), StandardCopyOption.REPLACE_EXISTING);
        PerformanceDoc.update(settings.docs().resolve("PERFORMANCE.md"), results, ResultsTable.markdown(figures));
        System.out.println("Wrote " + settings.out().resolve("results.json") + ", " + chart + " and "
                + settings.docs().resolve("PERFORMANCE.md"));
    }

    private static Map<String, Object> json(Results results, List<Figure> figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("figures", figures.stream().map(Report::figure).toList());
        json.put("measurements", results);
        return json;
    }

    private static Map<String, Object> figure(Figure figure) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", figure.group());
        json.put("measure", figure.measure());
        json.put("value", figure.value());
        json.put("unit", figure.unit());
        json.put("baseline", figure.baselineName());
        json.put("baselineValue", figure.baseline());
        json.put("ratio", figure.ratio());
        json.put("target", figure.target().isEmpty() ? null : figure.target());
        json.put("met", figure.met());
        return json;
    }
}
