package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import org.junit.jupiter.api.Test;

/** A club's shelf in a real browser: an organizer walks it in Korean; an organizer stripped of the role is refused. */
class BrowserClubIT extends BrowserTest {

    private final Browserless api = new Browserless();

    /** The IT database outlives a test: the book starts off the club's shelf. */
    private void takeOffThroughTheApi(LogtoDouble logto, String bookId) throws Exception {
        String organizer = ProviderTokens.accessToken(ProviderTokens.organizationTokens(logto, "kakao", "org-seoul-readers"));
        api.sendWith("DELETE", ItSettings.url("/api/clubs/org-seoul-readers/shelf/" + bookId), "Authorization", "Bearer " + organizer);
    }

    @Test
    void aKakaoOrganizerWalksTheClubShelfInKorean(LogtoDouble logto) throws Exception {
        takeOffThroughTheApi(logto, "b-2");
        open("/language?lang=ko&returnTo=%2Forganizations");
        click("sign-in-as-kakao");
        click("club-link-org-seoul-readers");
        assertTrue(text("club-heading").contains("서울 독서 모임"));
        assertTrue(text("club-standing").contains("운영자"));
        clickSelector("#club-addable-b-2 input[type=submit]");
        assertTrue(text("club-books").contains("채식주의자"));
        screenshot("club-shelf-ko");
        clickSelector("#club-book-b-2 input[type=submit]");
        gone("club-book-b-2");
        assertTrue(element("club-addable-b-2").isDisplayed());
    }

    @Test
    void anOrganizerStrippedOfTheRoleIsRefusedTheNextChange(LogtoDouble logto) throws Exception {
        takeOffThroughTheApi(logto, "b-1");
        open("/club?organization=org-seoul-readers");
        click("sign-in-as-kakao");
        assertTrue(text("club-standing").contains("organize"));
        try {
            // Logto sends no webhook for this: the change itself asks Logto afresh
            logto.console().removeOrganizationRole("kakao", "org-seoul-readers", "organizer");
            clickSelector("#club-addable-b-1 input[type=submit]");
            assertTrue(text("club-problem").contains("Only the club's organizers"));
            assertTrue(text("club-standing").contains("member"));
            open("/organizations"); // the renewed token is shown, not a page kept from before
            assertTrue(text("org-token-org-seoul-readers-scopes").contains("None"));
        } finally {
            logto.console().restoreUsers();
        }
    }
}
