package dev.bookstore.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
    private LocalTime launchedAt;
    private Duration answeredAfter;
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
        ServerDirectory.layOut(server.directory, settings.serverConfig(), environment, apps);
        return server;
    }

    /** Starts the server and returns how long it took until {@code probe} answered 200. */
    Duration startAndWaitFor(URI probe, Path consoleLog) throws IOException, InterruptedException {
        long started = System.nanoTime();
        launchedAt = LocalTime.now(ZoneOffset.UTC);
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
                    answeredAfter = Duration.ofNanos(System.nanoTime() - started);
                    return answeredAfter;
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

    /** Resident memory of the server's JVM (VmRSS): heap, metaspace, code cache, threads and all. */
    long residentBytes() throws IOException {
        return JvmHeap.residentBytes(pid());
    }

    /** Where the last start went, by the server's own log (UTC, as its log is written on these machines). */
    StartUpPhases phases() throws IOException {
        return StartUpPhases.read(directory.resolve("logs/messages.log"), launchedAt, answeredAfter.toMillis());
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
}
