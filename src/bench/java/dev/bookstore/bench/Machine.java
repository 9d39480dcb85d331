package dev.bookstore.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine a run was measured on, as Linux and the JDK describe it. */
record Machine(String cpu, int cores, long memoryBytes, String os, String java, String liberty, String loadAverage) {

    static Machine describe(BenchSettings settings) throws IOException, InterruptedException {
        return new Machine(procField("/proc/cpuinfo", "model name\\s*:\\s*(.+)"), Runtime.getRuntime().availableProcessors(),
                Long.parseLong(procField("/proc/meminfo", "MemTotal:\\s*(\\d+) kB")) * 1024,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                javaVersion(), libertyVersion(settings.wlp()), readLoadAverage());
    }

    String summary() {
        return String.format("%s, %d cores, %.1f GiB, %s", cpu, cores, memoryBytes / (double) (1L << 30), java.lines().findFirst().orElse(""));
    }

    /** Over the last 1, 5 and 15 minutes: on a shared machine, what else was running. */
    private static String readLoadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return String.join(" ", fields[0], fields[1], fields[2]);
    }

    private static String procField(String file, String regex) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
        return matcher.find() ? matcher.group(1).trim() : "unknown";
    }

    /** What {@code java -version} prints for the Java that runs the benchmark and the servers. */
    private static String javaVersion() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }

    private static String libertyVersion(Path wlp) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(wlp.resolve("lib/versions/openliberty.properties"))) {
            properties.load(in);
        }
        return "Open Liberty " + properties.getProperty("com.ibm.websphere.productVersion", "unknown");
    }
}
