package dev.bookstore.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One Open Liberty server of the cluster IT, laid out from the project's own liberty/ configuration with
 * CLUSTER=hazelcast and the packaged WAR, started and stopped with Liberty's own server script.
 */
final class ClusterMember {

    private static final Path WLP = Path.of(System.getProperty("wlp.home", "target/liberty/wlp"));
    private static final Path LIBERTY_CONFIG = Path.of(System.getProperty("it.liberty.config", "liberty"));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int httpPort;
    private final Path directory;

    ClusterMember(String name, int httpPort) {
        this.name = name;
        this.httpPort = httpPort;
        this.directory = WLP.resolve("usr/servers").resolve(name);
    }

    String url(String path) {
        return "http://localhost:" + httpPort + path;
    }

    /**
     * A fresh server directory: our server.xml and includes, these settings, the WAR in dropins, and
     * {@code hazelcastConfig} where the default Hazelcast configuration file is.
     */
    void layOut(Map<String, String> settings, int commandPort, Path hazelcastConfig) throws IOException {
        deleteRecursively(directory);
        copyRecursively(LIBERTY_CONFIG, directory);
        Files.copy(hazelcastConfig, directory.resolve("hazelcast/kubernetes.xml"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(directory.resolve("server.env"), settings.entrySet().stream()
                .map(setting -> setting.getKey() + "=" + setting.getValue()).collect(Collectors.joining("\n", "", "\n")));
        Files.writeString(directory.resolve("bootstrap.properties"), "command.port=" + commandPort + "\n");
        Files.createDirectories(directory.resolve("dropins"));
        Files.copy(ItSettings.WAR, directory.resolve("dropins/bookstore.war"));
    }

    /** Starts the server and waits until the app says it is ready (settings valid, Logto discovered). */
    void start() throws IOException, InterruptedException {
        run("start", Duration.ofSeconds(120));
        Instant deadline = Instant.now().plusSeconds(120);
        while (!ready()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not become ready; see " + directory.resolve("logs"));
            }
            Thread.sleep(250);
        }
    }

    void stop() {
        try {
            run("stop", Duration.ofSeconds(60));
        } catch (IOException | RuntimeException notRunning) {
            // already stopped, or never started: nothing to clean up
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the server's JVM outright (no shutdown: nothing is handed over), as when a node dies. */
    void kill() throws Exception {
        ProcessHandle jvm = jvm();
        jvm.destroyForcibly();
        jvm.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Sends the server's JVM SIGTERM, as Kubernetes does to a pod it stops, and waits for it to end. */
    void terminate() throws Exception {
        ProcessHandle jvm = jvm();
        jvm.destroy();
        jvm.onExit().get(60, TimeUnit.SECONDS);
    }

    /** The server's own log from line {@code from} on. */
    List<String> logSince(int from) throws IOException {
        List<String> lines = Files.readAllLines(directory.resolve("logs/messages.log"));
        return lines.subList(Math.min(from, lines.size()), lines.size());
    }

    int logLines() throws IOException {
        return Files.readAllLines(directory.resolve("logs/messages.log")).size();
    }

    /** FFDC incidents the server has written. */
    long incidents() throws IOException {
        Path ffdc = directory.resolve("logs/ffdc");
        if (!Files.isDirectory(ffdc)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(ffdc)) {
            return files.count();
        }
    }

    private ProcessHandle jvm() throws IOException {
        Matcher started = Pattern.compile("process ID (\\d+)")
                .matcher(Files.readString(directory.resolve("server-start.out")));
        if (!started.find()) {
            throw new IllegalStateException(name + " was not started by this test");
        }
        return ProcessHandle.of(Long.parseLong(started.group(1)))
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url("/health/ready")))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void run(String action, Duration timeout) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("server-" + action + ".out").toFile())
                .start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server " + action + " " + name + " did not finish in " + timeout);
        }
        if (process.exitValue() != 0 && !"stop".equals(action)) {
            throw new IllegalStateException("server " + action + " " + name + " exited " + process.exitValue()
                    + ": " + Files.readString(directory.resolve("server-" + action + ".out")));
        }
    }

    /** Liberty's own tool makes the LTPA keys every member must share (as ops do from a secret). */
    static void createLtpaKeys(Path file, String password) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Process process = new ProcessBuilder(WLP.resolve("bin/securityUtility").toString(), "createLTPAKeys",
                "--file=" + file, "--password=" + password).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !Files.exists(file)) {
            throw new IllegalStateException("securityUtility createLTPAKeys failed");
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }
}
