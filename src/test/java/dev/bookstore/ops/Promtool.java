package dev.bookstore.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prometheus' own checker, from Debian's {@code prometheus} package (.ci/run installs it). A machine without it fails
 * the build rather than skipping the checks: otherwise a broken rule would pass unseen wherever promtool is missing.
 */
final class Promtool {

    private Promtool() {
    }

    /** Runs {@code promtool <arguments>} and returns its output; fails with that output on a non-zero exit. */
    static String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable().toString()));
        command.addAll(List.of(arguments));
        Process promtool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!promtool.waitFor(60, TimeUnit.SECONDS)) {
            promtool.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 60 s:\n" + output);
        }
        if (promtool.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + promtool.exitValue() + "):\n" + output);
        }
        return output;
    }

    private static Path executable() {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")), Stream.of("/usr/bin"))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, "promtool")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("promtool is not installed: install Debian's prometheus package "
                        + "(apt-get install prometheus; .ci/run does it) to check the alert rules"));
    }
}
