package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The club pages as Logto's organization tokens decide them: an organizer sees the catalog to add from, a plain member
 * only the shelf, a non-member a friendly 403, and a member removed in Logto loses the club at the next request after
 * Logto's webhook.
 */
class ClubPagesIT extends BookstoreIT {

    private static final String SEOUL = "/club?organization=org-seoul-readers";
    private final Browserless browser = new Browserless();

    private HttpResponse<String> page(String path) {
        return browser.get(ItSettings.url(path));
    }

    @Test
    void anOrganizerSeesTheShelfAndTheCatalogToAddFrom() {
        SignInRoundTrip.signIn(browser, "/sign-in/kakao", "kakao");
        HttpResponse<String> club = page(SEOUL);
        assertEquals(200, club.statusCode(), club::body);
        assertTrue(club.body().contains("id=\"club-name\">서울 독서 모임<"), club::body);
        assertTrue(club.body().contains("You organize this club"), club::body);
        assertTrue(club.body().contains("id=\"club-catalog\""), club::body);
        assertTrue(page("/organizations").body().contains("id=\"club-link-org-seoul-readers\""));
    }

    @Test
    void aPlainMemberSeesTheShelfWithoutAnythingToChangeIt() {
        SignInRoundTrip.signIn(browser, "/sign-in/kakao", "kakao");
        HttpResponse<String> club = page("/club?organization=org-bookworms");
        assertEquals(200, club.statusCode(), club::body);
        assertTrue(club.body().contains("You are a member of this club"), club::body);
        assertFalse(club.body().contains("id=\"club-catalog\"") || club.body().contains("club-take-off"), club::body);
    }

    @Test
    void aNonMemberOrAnUnknownClubGetsAFriendly403() {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        for (String path : new String[] {SEOUL, "/club?organization=no-such-club", "/club"}) {
            HttpResponse<String> club = page(path);
            assertEquals(403, club.statusCode(), path);
            assertTrue(club.body().contains("id=\"club-problem\"") && club.body().contains("not a member"), club::body);
        }
    }

    @Test
    void aMemberRemovedInLogtoLosesTheClubAtTheNextRequestAfterTheWebhook(LogtoDouble logto) {
        LogtoHook.registerOnce(logto);
        SignInRoundTrip.signIn(browser, "/sign-in/kakao", "kakao");
        assertEquals(200, page(SEOUL).statusCode());
        try {
            logto.console().removeMember("kakao", "org-seoul-readers");
            HttpResponse<String> club = page(SEOUL);
            assertEquals(403, club.statusCode(), club::body);
            assertTrue(club.body().contains("id=\"club-problem\""), club::body);
            assertFalse(page("/organizations").body().contains("club-link-org-seoul-readers"));
        } finally {
            logto.console().restoreUsers();
        }
    }
}
