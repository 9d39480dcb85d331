package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What anyone can send, in bulk: malformed Basic credentials get a 400 from the app (Liberty's own security layer
 * answered 500 with an FFDC before), and a flood of 10,000 bad requests of every kind writes a bounded number of log
 * lines and no FFDC.
 */
class HostileRequestsIT extends BookstoreIT {

    private static final List<String> MALFORMED_BASIC = List.of("Basic !!!", "Basic bm9jb2xvbg==", "Basic ", "Basic",
            "Basic  YTpi", "Basic %zz");

    @Test
    void malformedBasicCredentialsOnAnyPageAreABadRequestWithoutAStackTrace() throws IOException {
        Browserless browser = new Browserless();
        for (String page : List.of("/", "/sign-in", "/profile", "/admin", "/api/books")) {
            browser.get(ItSettings.url(page)); // first uses write their own lines (Faces, servlets starting)
        }
        long incidents = ffdcFiles();
        long lines = logLines();
        for (String page : List.of("/", "/sign-in", "/profile", "/admin", "/api/books")) {
            for (String header : MALFORMED_BASIC) {
                HttpResponse<String> answer = browser.getWith(ItSettings.url(page), "Authorization", header);
                // 403 where the page is protected: the container refuses a caller the mechanism did not sign in
                assertTrue(answer.statusCode() == 400 || answer.statusCode() == 403, () -> page + " " + header + ": "
                        + answer.statusCode());
            }
        }
        // MicroProfile Health is Liberty's own application, which ignores the header
        assertEquals(200, browser.getWith(ItSettings.url("/health/ready"), "Authorization", "Basic !!!").statusCode());
        assertEquals(incidents, ffdcFiles(), "no FFDC incident");
        List<String> written;
        try (Stream<String> all = Files.lines(ItSettings.SERVER_LOG)) {
            written = all.skip(lines).toList();
        }
        assertTrue(written.size() <= 2, () -> "nothing logged per request: " + written);
    }

    @Test
    void aFloodOfTenThousandBadRequestsWritesABoundedNumberOfLines(LogtoDouble logto) throws Exception {
        logto.clearRecordedRequests();
        long incidents = ffdcFiles();
        long lines = logLines();
        long startedAt = System.currentTimeMillis();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Semaphore inFlight = new Semaphore(8);
        List<CompletableFuture<Integer>> answers = Stream.iterate(0, i -> i + 1).limit(10_000).map(i -> {
            inFlight.acquireUninterruptibly();
            return client.sendAsync(bad(i), HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode)
                    .whenComplete((status, failure) -> inFlight.release());
        }).toList();
        for (CompletableFuture<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status >= 400 && status < 500, "refused as the client's fault: " + status);
        }
        assertEquals(incidents, ffdcFiles(), "no FFDC incident");
        long written = logLines() - lines;
        // 10 lines a minute for each kind that logs (refused webhooks, refused logout tokens), per minute the flood touched
        // (and Liberty's one line per servlet it initialises on first use)
        long minutesTouched = (System.currentTimeMillis() / 60_000) - (startedAt / 60_000) + 1;
        assertTrue(written <= 2 * 10 * minutesTouched + 5, "a flood writes a bounded number of lines, not " + written);
        // forged key ids on the club API fetch Logto's key set again at most twice in each 30 s (Nimbus's rate limit),
        // not once per token: 1,667 of them here
        long windows = (System.currentTimeMillis() - startedAt) / 30_000 + 2;
        long keySetFetches = logto.requests("/oidc/jwks").size();
        assertTrue(keySetFetches <= 2 * windows, "key set fetched " + keySetFetches + " times in " + windows + " windows");
    }

    /**
     * In turn: an unsigned webhook, a forged logout token, paths not in normal form (plain and encoded), malformed
     * credentials, a forged organization token naming a key Logto never had.
     */
    private static HttpRequest bad(int i) {
        HttpRequest.Builder request = switch (i % 6) {
            case 0 -> HttpRequest.newBuilder(URI.create(ItSettings.url("/logto-webhook")))
                    .header("Content-Type", "application/json").header("logto-signature-sha-256", "00" + i)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"event\":\"User.Deleted\",\"data\":{\"id\":\"x" + i + "\"}}"));
            case 1 -> HttpRequest.newBuilder(URI.create(ItSettings.url("/backchannel-logout")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("logout_token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." + i));
            case 2 -> HttpRequest.newBuilder(URI.create(ItSettings.url("/api/../admin?" + i))).GET();
            case 3 -> HttpRequest.newBuilder(URI.create(ItSettings.url("/api/%2e%2e/admin?" + i))).GET(); // Liberty's own 400
            case 4 -> HttpRequest.newBuilder(URI.create(ItSettings.url("/?" + i))).header("Authorization", "Basic !" + i).GET();
            default -> HttpRequest.newBuilder(URI.create(ItSettings.url("/api/clubs/org-seoul-readers/shelf")))
                    .header("Authorization", "Bearer " + forgedToken(i)).GET();
        };
        return request.timeout(Duration.ofSeconds(30)).build();
    }

    private static String forgedToken(int i) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"ES384\",\"typ\":\"at+jwt\",\"kid\":\"forged-" + i + "\"}";
        String claims = "{\"sub\":\"x\",\"aud\":\"urn:logto:organization:org-seoul-readers\",\"exp\":4102444800}";
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + base64.encodeToString(new byte[96]);
    }

    private static long ffdcFiles() throws IOException {
        Path ffdc = ItSettings.SERVER_LOGS.resolve("ffdc");
        if (!Files.isDirectory(ffdc)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(ffdc)) {
            return files.count();
        }
    }

    private static long logLines() throws IOException {
        try (Stream<String> lines = Files.lines(ItSettings.SERVER_LOG)) {
            return lines.count();
        }
    }
}
