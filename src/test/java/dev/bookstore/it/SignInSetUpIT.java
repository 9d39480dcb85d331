package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A Logto that is not set up for the app, as Logto reports it at authorization time: a missing API resource
 * does not stop anyone signing in; anything else gets a "not set up" page (503, not the user's fault) and a log
 * line naming the setting or Console step. Each test waits until the app has seen Logto mended again.
 */
class SignInSetUpIT extends BookstoreIT {

    /** Callbacks make the app ask Logto again at most this often (AuthorizationProbe): each test starts past it. */
    private static final Duration RECHECK_WINDOW = Duration.ofMillis(2500);


    @Test
    void withoutTheApiResourceUsersStillSignInAndTheShelfSaysTheApiIsNotSetUp(LogtoDouble logto) throws IOException {
        sleep(RECHECK_WINDOW);
        logto.faults().apiResourceMissing(true);
        try {
            Browserless browser = new Browserless();
            HttpResponse<String> landed = signInFollowingEveryHop(browser, "/sign-in?returnTo=/shelf", "reader");
            assertEquals(ItSettings.url("/shelf"), landed.uri().toString(), "back where the user was going");
            assertTrue(landed.body().contains("Jane Reader"), landed::body);
            assertTrue(landed.body().contains("id=\"shelf-problem\""), landed::body);
            assertTrue(landed.body().contains("API is not set up"), landed::body);
            assertTrue(logLines().stream().anyMatch(line -> line.contains("BOOKSTORE_API_RESOURCE")
                    && line.contains(logto.apiResource()) && line.contains("API resources")), "the log names the setting and the step");
        } finally {
            logto.faults().reset();
            awaitSignInsNamingTheApiResourceAgain();
        }
    }

    @Test
    void anAuthorizeTimeMisconfigurationIsShownAsNotSetUpAndLoggedWithTheSetting(LogtoDouble logto) throws IOException {
        for (String error : List.of("invalid_scope", "unsupported_response_type")) {
            sleep(RECHECK_WINDOW);
            logto.faults().authorizationError(error);
            try {
                HttpResponse<String> page = signInFollowingEveryHop(new Browserless(), "/sign-in", "reader");
                assertEquals(503, page.statusCode(), page::body);
                assertTrue(page.body().contains("Sign-in is not set up correctly"), page::body);
                String requestId = requestId(page);
                String setting = error.equals("invalid_scope") ? "LOGTO_SCOPES" : "Traditional web";
                assertTrue(logLines().stream().anyMatch(line -> line.contains(requestId) && line.contains(error)
                        && line.contains(setting)), "the log names " + setting + " for " + error);
            } finally {
                logto.faults().reset();
                awaitSignInsNamingTheApiResourceAgain();
            }
        }
    }

    @Test
    void aForgedMisconfigurationErrorDoesNotBlameTheSetUp() {
        sleep(RECHECK_WINDOW);
        Browserless browser = new Browserless();
        HttpResponse<String> page = browser.get(ItSettings.url("/callback?error=invalid_scope&state=forged"));
        assertEquals(400, page.statusCode(), page::body);
        assertTrue(page.body().contains("Sign-in failed"), page::body);
    }

    /**
     * GET the route and follow every redirect, answering Logto's sign-in page as {@code user} when it is shown;
     * returns the first answer that is not a redirect.
     */
    static HttpResponse<String> signInFollowingEveryHop(Browserless browser, String route, String user) {
        HttpResponse<String> answer = browser.get(ItSettings.url(route));
        for (int hop = 0; hop < 12; hop++) {
            if (answer.statusCode() == 200 && answer.body().contains("name=\"interaction\"")) {
                String interaction = Browserless.inputValue(answer.body(), "interaction");
                answer = browser.post(answer.uri().resolve("/oidc/auth/submit").toString(),
                        Map.of("interaction", interaction, "user", user));
            } else if (answer.statusCode() == 302 || answer.statusCode() == 303) {
                answer = browser.follow(answer);
            } else {
                return answer;
            }
        }
        throw new AssertionError("too many hops, last at " + answer.uri());
    }

    /** The app keeps what Logto said a few seconds: wait until sign-ins name the API resource again. */
    private static void awaitSignInsNamingTheApiResourceAgain() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> start = new Browserless().get(ItSettings.url("/sign-in"));
            if (start.statusCode() == 302 && Browserless.query(Browserless.location(start)).containsKey("resource")) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("sign-ins did not name the API resource again once Logto had it");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    private static String requestId(HttpResponse<String> page) {
        Matcher shown = Pattern.compile("id=\"request-id\">([^<]+)<").matcher(page.body());
        assertTrue(shown.find(), page::body);
        return shown.group(1);
    }

    private static List<String> logLines() throws IOException {
        return Files.readAllLines(ItSettings.SERVER_LOG);
    }
}
