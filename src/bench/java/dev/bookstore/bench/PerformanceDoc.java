package dev.bookstore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * Replaces the measured part of docs/PERFORMANCE.md (between two markers) with this run's machine, table
 * and chart; the hand-written analysis around it stays as it is.
 */
final class PerformanceDoc {

    static final String START = "<!-- bench:results:start (written by ./mvnw -Pbench verify; do not edit by hand) -->";
    static final String END = "<!-- bench:results:end -->";

    private PerformanceDoc() {
    }

    static void update(Path doc, Results results, String markdownTable) throws IOException {
        String measured = START + "\n" + section(results, markdownTable) + END;
        String text = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n" + START + "\n" + END + "\n";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            text = text + "\n" + START + "\n" + END + "\n";
            start = text.indexOf(START);
            end = text.indexOf(END);
        }
        Files.writeString(doc, text.substring(0, start) + measured + text.substring(end + END.length()));
    }

    private static String section(Results results, String markdownTable) {
        Machine machine = results.machine();
        BenchSettings settings = results.settings();
        return "\n## Last run: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + "\n\n"
                + "| machine | |\n|---|---|\n"
                + "| CPU | " + machine.cpu() + " |\n"
                + "| cores (`nproc`) | " + machine.cores() + " |\n"
                + "| memory | " + String.format("%.1f GiB", machine.memoryBytes() / (double) (1L << 30)) + " |\n"
                + "| OS | " + machine.os() + " |\n"
                + "| `java -version` | " + machine.java().lines().collect(Collectors.joining("<br>")) + " |\n"
                + "| runtime | " + machine.liberty() + ", default JVM options |\n"
                + "| load average at start | " + machine.loadAverage() + " |\n\n"
                + "Command: `./mvnw -Pbench verify` (" + settings.measure().toSeconds() + " s measured per load point, in turns with"
                + " the load points it is compared with, after " + settings.warmUp().toSeconds() + " s of warm-up)."
                + " Load generator, provider and server share the machine.\n\n"
                + markdownTable + "\n"
                + "![Each figure divided by its baseline from the same run](" + Report.CHART + ")\n\n"
                + sessionSection(results.session());
    }

    /** What the session holds, attribute by attribute, and what 1,000 more sessions added to the heap. */
    private static String sessionSection(SessionFootprint session) {
        StringBuilder text = new StringBuilder("### The Kakao user's session, attribute by attribute\n\n"
                + "| attribute | class | serialized bytes |\n|---|---|--:|\n");
        for (SessionAttribute attribute : session.fullest()) {
            text.append("| `").append(attribute.name()).append("` | `").append(attribute.type()).append("` | ")
                    .append(attribute.serializable() ? ResultsTable.number(attribute.bytes())
                            : "does not serialize: `" + attribute.problem() + "`").append(" |\n");
        }
        text.append("\n### What ").append(ResultsTable.number(session.sessionsAdded()))
                .append(" more signed-in sessions added to the heap, per session (largest first)\n\n")
                .append("| class | instances | bytes |\n|---|--:|--:|\n");
        session.largestGrowth().stream().limit(8).forEach(growth -> text.append("| `").append(growth.type()).append("` | ")
                .append(ResultsTable.number(growth.instancesPerSession())).append(" | ")
                .append(ResultsTable.number(growth.bytesPerSession())).append(" |\n"));
        return text.append('\n').toString();
    }
}
