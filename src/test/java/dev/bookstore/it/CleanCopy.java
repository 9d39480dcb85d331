package dev.bookstore.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The project as a fresh clone has it: every file git tracks, copied from this checkout, and nothing else
 * (no target/, nothing a build or an earlier run left behind).
 */
final class CleanCopy {

    private CleanCopy() {
    }

    static Path of(Path project, Path into) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z").directory(project.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] listing = git.getInputStream().readAllBytes();
        if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
            throw new IOException("git ls-files failed in " + project + ": the clean copy needs a git checkout");
        }
        List<String> files = List.of(new String(listing, StandardCharsets.UTF_8).split("\0"));
        Files.createDirectories(into);
        files.stream().filter(file -> !file.isEmpty()).forEach(file -> copy(project.resolve(file), into.resolve(file)));
        return into;
    }

    private static void copy(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
