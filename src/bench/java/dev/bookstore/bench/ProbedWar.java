package dev.bookstore.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A copy of the packaged WAR with the session probe added as one more library, and the two {@link ProbePages}.
 * The product WAR itself is left as built; the start-up figures are taken with it, unchanged.
 */
final class ProbedWar {

    private static final String PROBE_PACKAGE = "dev/bookstore/bench/probe";

    private ProbedWar() {
    }

    static Path write(BenchSettings settings, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path war = directory.resolve(settings.war().getFileName());
        Files.copy(settings.war(), war, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path jar = directory.resolve("bench-probe.jar");
        writeProbeJar(settings.benchClasses(), jar);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + war.toUri()), Map.of())) {
            Files.copy(jar, zip.getPath("WEB-INF/lib/bench-probe.jar"));
            addPage(zip, ProbePages.STATIC_FILE, ProbePages.staticFile());
            addPage(zip, ProbePages.ONE_EXPRESSION, ProbePages.oneExpression());
        }
        return war;
    }

    private static void addPage(FileSystem zip, String path, String content) throws IOException {
        Path page = zip.getPath(path);
        Files.createDirectories(page.getParent());
        Files.writeString(page, content, StandardCharsets.UTF_8);
    }

    private static void writeProbeJar(Path classes, Path jar) throws IOException {
        List<Path> probeClasses;
        try (Stream<Path> files = Files.list(classes.resolve(PROBE_PACKAGE))) {
            probeClasses = files.filter(file -> file.toString().endsWith(".class")).toList();
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Path probeClass : probeClasses) {
                out.putNextEntry(new ZipEntry(PROBE_PACKAGE + "/" + probeClass.getFileName()));
                Files.copy(probeClass, out);
                out.closeEntry();
            }
        }
    }
}
