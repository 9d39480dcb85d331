package dev.bookstore.bench;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One Open Liberty server of the installed runtime, laid out by the benchmark (our server.xml, settings in
 * server.env, WARs in dropins) and run in the foreground as a child process, so its pid is ours to measure
 * and to stop.
 */
final class LibertyServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final Path wlp;
    private final String name;
    private final Path directory;
    private Process process;
    private Thread stopOnExit;

    private LibertyServer(Path wlp, String name) {
        this.wlp = wlp;
        this.name = name;
        this.directory = wlp.resolve("usr/servers").resolve(name);
    }

    /** A fresh server directory: whatever a previous run left there is removed first. */
    static LibertyServer layOut(BenchSettings settings, String name, Map<String, String> environment, List<Path> apps)
            throws IOException {
        LibertyServer server = new LibertyServer(settings.wlp(), name);
        server.clear();
        copyConfiguration(settings.serverConfig(), server.directory);
        Files.createDirectories(server.directory.resolve("dropins"));
        Files.writeString(server.directory.resolve("server.env"), environment.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("\n", "", "\n")));
        // No command port: it would be a random one; the benchmark stops the server through its process.
        Files.writeString(server.directory.resolve("bootstrap.properties"), "command.port=-1\n");
        for (Path app : apps) {
            Files.copy(app, server.directory.resolve("dropins").resolve(app.getFileName()));
        }
        return server;
    }

    /** Our liberty/ directory: server.xml and the files it includes. */
    private static void copyConfiguration(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Starts the server and returns how long it took until {@code probe} answered 200. */
    Duration startAndWaitFor(URI probe, Path consoleLog) throws IOException, InterruptedException {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name, "--clean")
                .redirectErrorStream(true).redirectOutput(consoleLog.toFile());
        // The same Java as the benchmark, so that its jcmd can attach.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = builder.start();
        // Also stopped when the benchmark is interrupted or fails outside a try-with-resources.
        stopOnExit = new Thread(this::stopProcess);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(10)).GET().build();
        while (System.nanoTime() - started < START_TIMEOUT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server " + name + " ended during start; see " + consoleLog);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("server " + name + " did not answer " + probe + " within " + START_TIMEOUT);
    }

    long pid() {
        return process.pid();
    }

    /** Heap in use after full collections, as the JVM itself reports it. */
    long heapUsedAfterGc() throws IOException, InterruptedException {
        return JvmHeap.usedAfterGc(pid());
    }

    Map<String, long[]> classHistogram() throws IOException, InterruptedException {
        return JvmHeap.histogram(pid());
    }

    @Override
    public void close() {
        if (stopOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it stops the process
            }
            stopOnExit = null;
        }
        stopProcess();
    }

    private synchronized void stopProcess() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void clear() throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
