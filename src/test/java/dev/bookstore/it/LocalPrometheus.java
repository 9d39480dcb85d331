package dev.bookstore.it;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A real Prometheus for the tests, from Debian's {@code prometheus} package (.ci/run installs it; its own service
 * stays stopped): a configuration, storage and free port of its own, on 127.0.0.1 only; stopped and deleted on close.
 */
final class LocalPrometheus implements AutoCloseable {

    private final Process process;
    private final Path directory;
    private final PrometheusApi api;

    private LocalPrometheus(Process process, Path directory, PrometheusApi api) {
        this.process = process;
        this.directory = directory;
        this.api = api;
    }

    /** Starts with {@code config}; {@code files} are written beside it, where its relative paths point. */
    static LocalPrometheus start(Map<String, Object> config, Map<String, String> files) throws Exception {
        Path directory = Files.createTempDirectory("bookstore-prometheus");
        for (var file : files.entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue());
        }
        DumperOptions block = new DumperOptions();
        block.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(directory.resolve("prometheus.yml"), new Yaml(block).dump(config));
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path log = directory.resolve("prometheus.log");
        Process process = new ProcessBuilder(executable().toString(), "--config.file=" + directory.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + directory.resolve("data"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalPrometheus prometheus = new LocalPrometheus(process, directory,
                new PrometheusApi(URI.create("http://127.0.0.1:" + port + "/"), log));
        prometheus.awaitReady();
        return prometheus;
    }

    PrometheusApi api() {
        return api;
    }

    @Override
    public void close() throws Exception {
        try {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } finally {
            ClusterMember.deleteRecursively(directory);
        }
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!api.ready()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                String log = api.log();
                close();
                throw new AssertionError("Prometheus did not start:\n" + log);
            }
            Thread.sleep(100);
        }
    }

    private static Path executable() {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")), Stream.of("/usr/bin"))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, "prometheus")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("Prometheus is not installed: install Debian's prometheus package "
                        + "(apt-get install prometheus; .ci/run does it)"));
    }
}
