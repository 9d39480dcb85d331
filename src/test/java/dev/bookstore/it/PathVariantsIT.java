package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Liberty routes a request by its normalised path but hands the URI over as sent, so {@code /api/../admin} reaches the
 * admin page. Every way of writing a protected page's path other than its normal form is refused (400) before any
 * check reads it, whether the sign-in lives or has ended; and once a sign-in has ended (back-channel logout, a
 * suspension or deletion in Logto, a session that is gone and only the sign-in cookie left), no variant shows any of
 * the user's pages or names the user, while the plain path signs them out.
 */
class PathVariantsIT extends BookstoreIT {

    private static final List<String> PAGES = List.of("admin", "profile", "organizations", "shelf");

    /** Each protected page written every other way a client can: dot segments, empty segments, parameters, escapes. */
    static List<String> variants(String page) {
        return List.of("/api/../" + page, "/jakarta.faces.resource/../" + page, "/./" + page, "//" + page,
                "/" + page + ";x", "/" + page + ";jsessionid=x", "/api/..;/" + page, "/%2e%2e/" + page,
                "/api/%2e%2e/" + page, "/api/%2E%2E/" + page, "/api%2f..%2f" + page, "/api/..%2f" + page,
                "/api%5c..%5c" + page, "/.%2e/" + page, "/api/.%2E/" + page, "/" + page + "/.", "/" + page + "%2f",
                "/api/../" + page + ".xhtml", "/" + page + "%00", "/%2f" + page, "/api/%252e%252e/" + page);
    }

    private LogtoDouble logto;

    @AfterEach
    void everyoneActiveAgain() {
        if (logto != null) {
            logto.console().restoreUsers();
        }
    }

    @Test
    void noVariantOfAProtectedPathIsServedEvenToALiveSignIn() {
        Browserless admin = signedIn("admin");
        everyVariant(variant -> {
            HttpResponse<String> answer = admin.get(ItSettings.url(variant));
            // Liberty itself cuts ";jsessionid=..." off before anything of the app sees the URI (URL session
            // tracking, although this app tracks by cookie only): the app sees the plain path, and treats it so.
            assertEquals(variant.contains(";jsessionid=") ? 200 : 400, answer.statusCode(), variant);
        });
        assertEquals(200, admin.get(ItSettings.url("/admin")).statusCode(), "the normal form is served");
    }

    @Test
    void afterABackChannelLogoutNoVariantShowsTheUser(LogtoDouble provider) {
        Browserless admin = signedIn("admin");
        provider.backchannelLogoutUri(ItSettings.url("/backchannel-logout"));
        admin.get(provider.endpoint() + "/oidc/session/end?client_id=" + ItSettings.CLIENT_ID);
        assertNothingShownThenSignedOut(admin, "Alex Admin", "adm2k5r8t1ef");
    }

    @Test
    void afterASuspensionNoVariantShowsTheUser(LogtoDouble provider) {
        logto = provider;
        LogtoHook.registerOnce(provider);
        Browserless admin = signedIn("admin");
        provider.console().suspendUser("admin");
        assertNothingShownThenSignedOut(admin, "Alex Admin", "adm2k5r8t1ef");
    }

    @Test
    void afterADeletionNoVariantShowsTheUser(LogtoDouble provider) {
        logto = provider;
        LogtoHook.registerOnce(provider);
        Browserless kakao = signedIn("kakao");
        provider.console().deleteUser("kakao");
        assertNothingShownThenSignedOut(kakao, "김민지", "kko7p3n9w2cd");
    }

    /** An idle timeout, a session ended on another member, a grant Logto ended: the session is gone, the cookie is not. */
    @Test
    void withOnlyTheSignInCookieNoVariantShowsTheUser() {
        Browserless admin = signedIn("admin");
        admin.forget("BOOKSTORE_SESSION");
        assertTrue(admin.cookie("BOOKSTORE_SSO").isPresent(), "the sign-in cookie stays");
        assertNothingShownThenSignedOut(admin, "Alex Admin", "adm2k5r8t1ef");
    }

    private static Browserless signedIn(String user) {
        Browserless browser = new Browserless();
        SignInRoundTrip.signIn(browser, "/sign-in", user);
        assertEquals(200, browser.get(ItSettings.url("/profile")).statusCode(), "signed in as " + user);
        return browser;
    }

    private static void assertNothingShownThenSignedOut(Browserless browser, String name, String subject) {
        everyVariant(variant -> {
            HttpResponse<String> answer = browser.get(ItSettings.url(variant));
            assertNotEquals(200, answer.statusCode(), variant);
            assertFalse(answer.body().contains(name) || answer.body().contains(subject), () -> variant + " names the user");
        });
        HttpResponse<String> plain = browser.get(ItSettings.url("/profile"));
        assertEquals(302, plain.statusCode(), "the plain path signs out");
        assertFalse(SignInRoundTrip.home(browser).body().contains(name));
    }

    private static void everyVariant(java.util.function.Consumer<String> check) {
        PAGES.stream().flatMap(page -> Stream.concat(variants(page).stream(), Stream.empty())).forEach(check);
    }
}
