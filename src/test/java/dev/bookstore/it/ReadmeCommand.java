package dev.bookstore.it;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command from the README (or another document, DocDeployment) run as a user runs it: {@code bash -c "<command>"}
 * in the project's folder, its output in a log file. Closing it stops the command and everything it started that is
 * still its descendant (Maven, the Liberty server); what a command detached ({@code &}, {@code server start}) lives on.
 */
final class ReadmeCommand implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ReadmeCommand(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} with the environment of the tests, less the settings named in {@code unset}, plus {@code set}. */
    static ReadmeCommand start(String command, Path directory, Path log, Map<String, String> set, String... unset)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        for (String name : unset) {
            builder.environment().remove(name);
        }
        builder.environment().putAll(set);
        return new ReadmeCommand(builder.start(), log);
    }

    /** Runs a command that ends by itself (e.g. the set-up command); its output, once it exited with 0. */
    static String runToEnd(String command, Path directory, Path log, Map<String, String> set, Duration atMost,
                           String... unset) throws IOException, InterruptedException {
        try (ReadmeCommand run = start(command, directory, log, set, unset)) {
            if (!run.process.waitFor(atMost.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the README command did not end within " + atMost + ":\n" + run.output());
            }
            if (run.process.exitValue() != 0) {
                throw new AssertionError("the README command failed (" + run.process.exitValue() + "):\n" + run.output());
            }
            return run.output();
        }
    }

    /** Waits until {@code url} answers 200, failing with the command's output if it ends or takes too long. */
    void awaitServing(URI url, Duration atMost) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the README command ended (" + process.exitValue() + "):\n" + output());
            }
            if (answers200(url)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("nothing served " + url + " after " + atMost + ":\n" + output());
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    /** Stops the whole tree: taken before the first signal, as children whose parent ended are no longer its descendants. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        Instant deadline = Instant.now().plusSeconds(60);
        while ((process.isAlive() || tree.stream().anyMatch(ProcessHandle::isAlive)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    private static boolean answers200(URI url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            connection.setInstanceFollowRedirects(false);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }
}
