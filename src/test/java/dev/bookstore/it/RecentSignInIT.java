package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Admin pages want a sign-in of the last ADMIN_MAX_AGE (10 minutes here, the default). The local Logto makes a
 * sign-in look older by back-dating its {@code auth_time}, as Logto does when it reuses an old session.
 */
class RecentSignInIT extends BookstoreIT {

    private static final Duration OLDER_THAN_ADMIN_MAX_AGE = Duration.ofMinutes(11);

    private final Browserless browser = new Browserless();

    @Test
    void anOldSignInIsSentToLogtoToAuthenticateAgainAndComesBackToTheAdminPage(LogtoDouble logto) {
        logto.faults().signInsLookOlderBy(OLDER_THAN_ADMIN_MAX_AGE);
        assertEquals(302, SignInRoundTrip.signIn(browser, "/sign-in", "admin").statusCode());
        HttpResponse<String> admin = browser.get(ItSettings.url("/admin"));
        assertEquals(303, admin.statusCode(), admin::body);
        assertEquals(URI.create(ItSettings.url("/sign-in/confirm?returnTo=%2Fadmin")), Browserless.location(admin));
        assertTrue(SignInRoundTrip.home(browser).body().contains("Alex Admin"), "everything else keeps working");

        logto.faults().signInsLookOlderBy(Duration.ZERO);
        HttpResponse<String> toLogto = browser.follow(admin);
        Map<String, String> authorization = Browserless.query(Browserless.location(toLogto));
        assertEquals("login consent", authorization.get("prompt"), "authenticate again, and keep the refresh token");
        assertEquals("600", authorization.get("max_age"));
        HttpResponse<String> back = browser.follow(SignInRoundTrip.answerAtLogto(browser, toLogto, "admin"));
        assertEquals(URI.create(ItSettings.url("/admin")), Browserless.location(back), back::body);
        HttpResponse<String> adminAgain = browser.get(ItSettings.url("/admin"));
        assertEquals(200, adminAgain.statusCode(), adminAgain::body);
        assertTrue(adminAgain.body().contains("id=\"admin-app-id\""), adminAgain::body);
    }

    @Test
    void aConfirmationLogtoDidNotAuthenticateAfreshDoesNotCountAndKeepsTheSession(LogtoDouble logto) {
        logto.faults().signInsLookOlderBy(OLDER_THAN_ADMIN_MAX_AGE);
        SignInRoundTrip.signIn(browser, "/sign-in", "admin");
        HttpResponse<String> confirmed = SignInRoundTrip.signIn(browser, "/sign-in/confirm?returnTo=%2Fadmin", "admin");
        assertEquals(400, confirmed.statusCode(), confirmed::body);
        assertTrue(confirmed.body().contains("Sign-in failed"), confirmed::body);
        assertEquals(303, browser.get(ItSettings.url("/admin")).statusCode(), "still not recent enough");
        assertTrue(SignInRoundTrip.home(browser).body().contains("Alex Admin"), "the session's own sign-in stays");
    }

    /** Logto states auth_time only when asked (max_age, prompt=login); the request passes through the browser. */
    @Test
    void aConfirmationWhoseRequestTheBrowserStrippedOfMaxAgeAndLoginNeverCountsAsRecent(LogtoDouble logto) {
        logto.faults().signInsLookOlderBy(OLDER_THAN_ADMIN_MAX_AGE);
        SignInRoundTrip.signIn(browser, "/sign-in", "admin");
        logto.faults().signInsLookOlderBy(Duration.ZERO);
        URI edited = withoutMaxAgeAndLogin(SignInRoundTrip.start(browser, "/sign-in/confirm?returnTo=%2Fadmin"));
        HttpResponse<String> confirmed = browser.follow(SignInRoundTrip.answerAtLogto(browser, edited, "admin"));
        assertEquals(400, confirmed.statusCode(), confirmed::body);
        assertEquals(303, browser.get(ItSettings.url("/admin")).statusCode(), "no admin page");
    }

    @Test
    void aSignInWhoseRequestTheBrowserStrippedOfMaxAgeReachesNoAdminPage() {
        URI edited = withoutMaxAgeAndLogin(SignInRoundTrip.start(browser, "/sign-in"));
        assertEquals(302, browser.follow(SignInRoundTrip.answerAtLogto(browser, edited, "admin")).statusCode());
        assertTrue(SignInRoundTrip.home(browser).body().contains("Alex Admin"), "signed in");
        HttpResponse<String> admin = browser.get(ItSettings.url("/admin"));
        assertEquals(303, admin.statusCode(), "Logto stated no auth_time: not a recent sign-in");
        assertEquals(URI.create(ItSettings.url("/sign-in/confirm?returnTo=%2Fadmin")), Browserless.location(admin));
    }

    private static URI withoutMaxAgeAndLogin(HttpResponse<String> toLogto) {
        String url = Browserless.location(toLogto).toString().replaceAll("&max_age=\\d+", "")
                .replaceAll("prompt=[^&]*", "prompt=consent");
        assertFalse(url.contains("max_age"), url);
        return URI.create(url);
    }

    @Test
    void aConfirmationAsSomeoneElseDoesNotCount(LogtoDouble logto) {
        logto.faults().signInsLookOlderBy(OLDER_THAN_ADMIN_MAX_AGE);
        SignInRoundTrip.signIn(browser, "/sign-in", "admin");
        logto.faults().signInsLookOlderBy(Duration.ZERO);
        HttpResponse<String> confirmed = SignInRoundTrip.signIn(browser, "/sign-in/confirm?returnTo=%2Fadmin", "reader");
        assertEquals(400, confirmed.statusCode(), confirmed::body);
        String home = SignInRoundTrip.home(browser).body();
        assertTrue(home.contains("Alex Admin") && !home.contains("Jane Reader"), home);
    }

    @Test
    void anOldSignInCannotAddBooksButIsOfferedToConfirm(LogtoDouble logto) {
        logto.faults().signInsLookOlderBy(OLDER_THAN_ADMIN_MAX_AGE);
        SignInRoundTrip.signIn(browser, "/sign-in", "admin");
        String shelf = browser.get(ItSettings.url("/shelf")).body();
        assertTrue(shelf.contains("id=\"confirm-sign-in\""), shelf);
        assertFalse(shelf.contains("id=\"add-book-submit\""), shelf);
    }

    @Test
    void aFreshSignInReachesTheAdminPageDirectly() {
        SignInRoundTrip.signIn(browser, "/sign-in", "admin");
        assertEquals(200, browser.get(ItSettings.url("/admin")).statusCode());
        assertTrue(browser.get(ItSettings.url("/shelf")).body().contains("id=\"add-book-submit\""));
    }
}
