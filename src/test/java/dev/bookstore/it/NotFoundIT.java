package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A 404 is a normal answer: the friendly page, no warning, no stack trace, no FFDC incident. */
class NotFoundIT extends BookstoreIT {

    @Test
    void theFaviconIsServed() {
        HttpResponse<String> favicon = new Browserless().get(ItSettings.url("/favicon.ico"));
        assertEquals(200, favicon.statusCode());
        assertTrue(favicon.headers().firstValue("Content-Type").orElse("").startsWith("image/"), favicon.headers()::toString);
    }

    @Test
    void probesForMissingFilesGetTheFriendlyPageAndLeaveNoWarningOrIncident() throws IOException {
        long warningsBefore = warnings();
        long incidentsBefore = incidents();
        Browserless browser = new Browserless();
        for (String path : List.of("/apple-touch-icon.png", "/wp-login.php", "/.env", "/resources/css/missing.css",
                "/no/such/page.html", "/robots.txt")) {
            HttpResponse<String> answer = browser.get(ItSettings.url(path));
            assertEquals(404, answer.statusCode(), path);
            assertTrue(answer.body().contains("id=\"error-title\""), () -> path + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Security-Policy").isPresent(), path);
        }
        // Liberty itself refuses what lies under WEB-INF (404) and a path climbing out of the app (400), before any
        // filter: plain answers, and no warning either.
        assertEquals(404, browser.get(ItSettings.url("/WEB-INF/web.xml")).statusCode());
        assertEquals(400, browser.get(ItSettings.url("/%2e%2e/secret")).statusCode());
        assertEquals(warningsBefore, warnings(), "no warning in messages.log");
        assertEquals(incidentsBefore, incidents(), "no FFDC incident");
    }

    private static long warnings() throws IOException {
        try (Stream<String> lines = Files.lines(ItSettings.SERVER_LOGS.resolve("messages.log"))) {
            return lines.filter(line -> line.contains(" W ") || line.contains(" E ")).count();
        }
    }

    private static long incidents() throws IOException {
        Path ffdc = ItSettings.SERVER_LOGS.resolve("ffdc");
        if (!Files.isDirectory(ffdc)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(ffdc)) {
            return files.count();
        }
    }
}
