package dev.bookstore.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A benchmark server's directory: our server.xml and what it includes, settings in server.env, WARs in dropins. */
final class ServerDirectory {

    private ServerDirectory() {
    }

    /** Whatever a previous run left in {@code directory} is removed first. */
    static void layOut(Path directory, Path serverConfig, Map<String, String> environment, List<Path> apps) throws IOException {
        clear(directory);
        copyConfiguration(serverConfig, directory);
        Files.createDirectories(directory.resolve("dropins"));
        Files.writeString(directory.resolve("server.env"), environment.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("\n", "", "\n")));
        // No command port: it would be a random one; the benchmark stops the server through its process.
        Files.writeString(directory.resolve("bootstrap.properties"), "command.port=-1\n");
        for (Path app : apps) {
            Files.copy(app, directory.resolve("dropins").resolve(app.getFileName()));
        }
    }

    /** Our liberty/ directory: server.xml and the files it includes. */
    private static void copyConfiguration(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void clear(Path directory) throws IOException {
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
