package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIT extends BookstoreIT {

    private final Browserless browser = new Browserless();

    private static String text(String language, String key) {
        return ResourceBundle.getBundle("dev.bookstore.messages", Locale.forLanguageTag(language)).getString(key);
    }

    private static void assertInLanguage(HttpResponse<String> page, String language, String key) {
        assertTrue(page.body().contains("lang=\"" + language + "\""), page::body);
        assertTrue(page.body().contains(text(language, key)), () -> text(language, key) + " not in " + page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ko"})
    void theBrowsersLanguageIsSpokenOnTheHomePageAndErrorPages(String language) {
        String accept = language + "-XX," + language + ";q=0.9,en;q=0.5";
        assertInLanguage(browser.getWith(ItSettings.url("/"), "Accept-Language", accept), language, "home.notSignedIn");
        HttpResponse<String> notFound = browser.getWith(ItSettings.url("/no-such-page"), "Accept-Language", accept);
        assertEquals(404, notFound.statusCode());
        assertInLanguage(notFound, language, "error.404.title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ko"})
    void aChosenLanguageWinsOverTheBrowsersForTheRestOfTheSession(String language) {
        HttpResponse<String> back = browser.get(ItSettings.url("/language?lang=" + language + "&returnTo=%2Fno-such-page"));
        assertEquals(URI.create(ItSettings.url("/no-such-page")), Browserless.location(back));
        assertInLanguage(browser.getWith(ItSettings.url("/"), "Accept-Language", "de"), language, "home.notSignedIn");
        assertInLanguage(browser.getWith(ItSettings.url("/no-such-page"), "Accept-Language", "de"), language, "error.404.message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "ko"})
    void signInProblemsAreExplainedInTheUsersLanguage(String language) {
        browser.get(ItSettings.url("/language?lang=" + language));
        HttpResponse<String> cancelled = browser.follow(
                SignInRoundTrip.answerAtLogto(browser, SignInRoundTrip.start(browser, "/sign-in/kakao"), null));
        assertEquals(401, cancelled.statusCode());
        assertInLanguage(cancelled, language, "signInProblem.CANCELLED.title");
    }
}
