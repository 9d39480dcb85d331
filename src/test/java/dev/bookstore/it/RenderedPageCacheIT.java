package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The home, profile, admin and organizations pages are served again as rendered until what they show changes
 * (RenderedPageCache): each event that changes one shows on the very next request. A renamed user and a deleted role
 * on the home page are in LogtoWebhookIT; an organization token dropped when Logto removes a member in ClubPagesIT,
 * one renewed when an organizer loses the role in BrowserClubIT.
 */
class RenderedPageCacheIT extends BookstoreIT {

    private static String home(Browserless browser) {
        return SignInRoundTrip.home(browser).body();
    }

    /** The page twice, so that the second answer is the kept one. */
    private static String homeTwice(Browserless browser) {
        String first = home(browser);
        String second = home(browser);
        assertEquals(first, second, "the same state, the same page");
        return second;
    }

    @Test
    void signingOutShowsTheSignedOutPage() {
        Browserless browser = new Browserless();
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        assertTrue(homeTwice(browser).contains("Jane Reader"));
        HttpResponse<String> toLogto = browser.post(ItSettings.url("/sign-out"), Map.of(), "Origin", ItSettings.BASE_URL.toString());
        assertEquals(302, toLogto.statusCode(), toLogto::body);
        browser.follow(toLogto);
        String after = home(browser);
        assertTrue(after.contains("Not signed in") && !after.contains("Jane Reader"), after);
    }

    @Test
    void switchingTheLanguageShowsItAtOnce() {
        Browserless browser = new Browserless();
        SignInRoundTrip.signIn(browser, "/sign-in", "kakao");
        assertTrue(homeTwice(browser).contains("lang=\"en\""));
        assertEquals(302, browser.get(ItSettings.url("/language?lang=ko&returnTo=%2F")).statusCode());
        assertTrue(home(browser).contains("lang=\"ko\""), "Korean at once");
        assertEquals(302, browser.get(ItSettings.url("/language?lang=fr&returnTo=%2F")).statusCode());
        assertTrue(home(browser).contains("lang=\"fr\""), "then French");
    }

    @Test
    void eachUserSeesOnlyTheirOwnPageAndSignedOutVisitorsNobodys() {
        Browserless reader = new Browserless();
        SignInRoundTrip.signIn(reader, "/sign-in", "reader");
        Browserless admin = new Browserless();
        SignInRoundTrip.signIn(admin, "/sign-in", "admin");
        assertTrue(homeTwice(reader).contains("Jane Reader"));
        String adminsPage = homeTwice(admin);
        assertTrue(adminsPage.contains("Alex Admin") && !adminsPage.contains("Jane Reader"), adminsPage);
        String nobodys = homeTwice(new Browserless());
        assertTrue(nobodys.contains("Not signed in") && !nobodys.contains("Alex Admin") && !nobodys.contains("Jane Reader"));
    }

    private static String twice(Browserless browser, String path) {
        String first = browser.get(ItSettings.url(path)).body();
        String second = browser.get(ItSettings.url(path)).body();
        assertEquals(first, second, "the same state, the same page");
        return second;
    }

    @Test
    void theProfileAdminAndOrganizationsPagesChangeWithTheLanguageAndTheUser(LogtoDouble logto) {
        LogtoHook.registerOnce(logto);
        Browserless admin = new Browserless();
        SignInRoundTrip.signIn(admin, "/sign-in", "admin");
        for (String path : new String[] {"/profile", "/admin", "/organizations"}) {
            assertTrue(twice(admin, path).contains("Alex Admin"), path);
        }
        assertTrue(twice(admin, "/organizations").contains("id=\"org-token-org-bookworms-status\""));
        assertEquals(302, admin.get(ItSettings.url("/language?lang=ko&returnTo=%2F")).statusCode());
        for (String path : new String[] {"/profile", "/admin", "/organizations"}) {
            assertTrue(admin.get(ItSettings.url(path)).body().contains("lang=\"ko\""), path + " in Korean at once");
        }
        try {
            logto.console().renameUser("admin", "Alex Renamed");
            for (String path : new String[] {"/profile", "/admin", "/organizations"}) {
                String page = admin.get(ItSettings.url(path)).body();
                assertTrue(page.contains("Alex Renamed") && !page.contains("Alex Admin"), path);
            }
        } finally {
            logto.console().restoreUsers();
        }
        Browserless kakao = new Browserless();
        SignInRoundTrip.signIn(kakao, "/sign-in/kakao", "kakao");
        String theirs = twice(kakao, "/profile");
        assertTrue(theirs.contains("김민지") && !theirs.contains("Alex"), "each user their own page");
    }

    @Test
    void theAddressIsPartOfThePage() {
        Browserless visitor = new Browserless();
        assertFalse(homeTwice(visitor).contains("id=\"sign-in-ended\""));
        HttpResponse<String> ended = visitor.get(ItSettings.url("/?ended=1"));
        assertTrue(ended.body().contains("id=\"sign-in-ended\""), ended::body);
        assertFalse(home(visitor).contains("id=\"sign-in-ended\""), "and the plain address is its own page again");
    }

    @Test
    void theBrowsersLanguageIsPartOfThePage() {
        Browserless korean = new Browserless();
        assertTrue(korean.getWith(ItSettings.url("/"), "Accept-Language", "ko-KR,ko;q=0.9").body().contains("lang=\"ko\""));
        assertTrue(korean.getWith(ItSettings.url("/"), "Accept-Language", "fr-FR,fr;q=0.9").body().contains("lang=\"fr\""));
        assertTrue(new Browserless().getWith(ItSettings.url("/"), "Accept-Language", "ko-KR,ko;q=0.9").body().contains("lang=\"ko\""));
    }

    /** What a client chooses (a query, an Accept-Language header) never becomes a page kept: 30 of each, 30 KB each. */
    @Test
    void aClientCannotFillTheCacheWithQueriesOrLanguageHeaders() throws Exception {
        Browserless visitor = new Browserless();
        home(visitor); // the signed-out English page is kept: what the garbage below may resolve to
        double before = MetricsIT.value(MetricsIT.metrics(), "bookstore_page_cache_bytes");
        for (int i = 0; i < 30; i++) {
            String junk = i + "x".repeat(30_000);
            assertEquals(200, visitor.get(ItSettings.url("/?q=" + junk)).statusCode());
            assertEquals(200, visitor.getWith(ItSettings.url("/"), "Accept-Language", "zz-" + junk + ",en;q=0.1").statusCode());
        }
        double after = MetricsIT.value(MetricsIT.metrics(), "bookstore_page_cache_bytes");
        assertEquals(before, after, "nothing more kept");
    }
}
