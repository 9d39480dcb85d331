package dev.bookstore.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The "empty app": a WAR with one static HTML page and nothing else. Served beside the Bookstore it is the
 * ceiling for page views; alone on the same server configuration it is the start-up and heap baseline.
 */
final class StaticApp {

    static final String CONTEXT_ROOT = "/static";
    static final String PAGE = CONTEXT_ROOT + "/index.html";

    private StaticApp() {
    }

    static Path write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path war = directory.resolve("static.war");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(page().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return war;
    }

    /** About the size of the Bookstore's rendered home page, so both answers move as many bytes. */
    static String page() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<title>Static page</title></head><body><main><h1>A static page</h1>\n");
        for (int paragraph = 0; html.length() < 2500; paragraph++) {
            html.append("<p>Paragraph ").append(paragraph)
                    .append(": the same bytes for every visitor, read from the WAR by the default servlet.</p>\n");
        }
        return html.append("</main></body></html>\n").toString();
    }
}
