package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ProfileIT extends BookstoreIT {

    private final Browserless browser = new Browserless();

    private String page(String path) {
        HttpResponse<String> page = browser.get(ItSettings.url(path));
        assertEquals(200, page.statusCode(), page::body);
        return page.body();
    }

    @Test
    void aKakaoUserWhoDidNotShareTheirEmailSeesTheirKakaoAccount() {
        SignInRoundTrip.signIn(browser, "/sign-in/kakao", "kakao");
        String profile = page("/profile");
        assertTrue(profile.contains("<h1 id=\"profile-name\">김민지</h1>"), profile);
        assertTrue(profile.contains("id=\"profile-email-not-shared\">Not shared<"), profile);
        assertTrue(profile.contains("<code id=\"profile-subject\">kko7p3n9w2cd</code>"), profile);
        assertTrue(profile.contains("id=\"identity-kakao-user-id\">3141592653<"), profile);
        assertTrue(profile.contains("id=\"identity-kakao-name\">김민지<"), profile);
        assertTrue(profile.contains("id=\"organization-org-seoul-readers\">서울 독서 모임<"), profile);
        assertFalse(profile.contains("rawData") || profile.contains("connected_at"), "the social provider's raw answer is never shown");
    }

    @Test
    void aReaderSeesTheirVerifiedEmailAndNoLinkedAccountOrOrganization() {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        String profile = page("/profile");
        assertTrue(profile.contains("jane.reader@example.com"), profile);
        assertTrue(profile.contains("id=\"profile-email-verified\">verified<"), profile);
        assertTrue(profile.contains("id=\"profile-username\">jane<"), profile);
        assertTrue(profile.contains("id=\"identities-none\""), profile);
        assertTrue(profile.contains("id=\"organizations-none\""), profile);
        assertTrue(profile.contains("id=\"profile-roles\">None<"), profile);
    }

    @Test
    void anAdminSeesTheirRoleAndOrganization() {
        SignInRoundTrip.signIn(browser, "/sign-in", "admin");
        String profile = page("/profile");
        assertTrue(profile.contains("id=\"profile-roles\">admin<"), profile);
        assertTrue(profile.contains("id=\"organization-org-bookworms\">Bookworms Club<"), profile);
    }

    @Test
    void userinfoIsReadOncePerSignInNotPerPageView(LogtoDouble logto) {
        logto.clearRecordedRequests();
        SignInRoundTrip.signIn(browser, "/sign-in/kakao", "kakao");
        for (int view = 0; view < 10; view++) {
            page(view % 2 == 0 ? "/profile" : "/");
        }
        assertEquals(1, logto.requests("/oidc/me").size());
        assertEquals(logto.requests().size(), logto.requests("/oidc/auth").size() + logto.requests("/oidc/auth/submit").size()
                + logto.requests("/oidc/token").size() + logto.requests("/oidc/me").size(), "no other call to Logto");
    }

    @Test
    void userinfoAboutSomeoneElseIsRefusedAndNobodyIsSignedIn(LogtoDouble logto) {
        logto.faults().userinfoSubject("someone-else");
        try {
            HttpResponse<String> callback = SignInRoundTrip.signIn(browser, "/sign-in", "reader");
            assertEquals(400, callback.statusCode(), callback::body);
            assertTrue(callback.body().contains("Sign-in failed"), callback::body);
        } finally {
            logto.faults().reset();
        }
        assertTrue(SignInRoundTrip.home(browser).body().contains("Not signed in"));
        assertEquals(302, browser.get(ItSettings.url("/profile")).statusCode(), "the profile asks for a sign-in again");
    }

    @Test
    void aSignedOutVisitorOfAProtectedPageIsBroughtBackToItAfterSignIn() {
        HttpResponse<String> toLogto = browser.get(ItSettings.url("/shelf?sort=title"));
        assertEquals(302, toLogto.statusCode());
        HttpResponse<String> callback = browser.follow(SignInRoundTrip.answerAtLogto(browser, toLogto, "reader"));
        assertEquals(URI.create(ItSettings.url("/shelf?sort=title")), Browserless.location(callback));
        assertTrue(page("/shelf?sort=title").contains("id=\"shelf-heading\""));
    }

    @Test
    void theAdminPageIsForTheAdminRoleOnly() {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        HttpResponse<String> refused = browser.get(ItSettings.url("/admin"));
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("needs the Logto role “admin”"), refused::body);
        assertFalse(page("/").contains("id=\"nav-admin\""), "no Admin link for readers");

        Browserless admin = new Browserless();
        SignInRoundTrip.signIn(admin, "/sign-in", "admin");
        HttpResponse<String> adminPage = admin.get(ItSettings.url("/admin"));
        assertEquals(200, adminPage.statusCode(), adminPage::body);
        assertTrue(adminPage.body().contains("id=\"admin-heading\"") && adminPage.body().contains("id=\"nav-admin\""));
        assertFalse(adminPage.body().contains(ItSettings.CLIENT_SECRET), "the admin page never shows the secret");
    }

    @Test
    void theShelfIsForAnySignedInUserEvenWithoutRoles() {
        SignInRoundTrip.signIn(browser, "/sign-in/kakao", "kakao");
        assertTrue(page("/shelf").contains("id=\"shelf-heading\""));
    }
}
