package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/** The hops of a sign-in through the local Logto, done the way a browser does them. */
final class SignInRoundTrip {

    private SignInRoundTrip() {
    }

    /** GET a sign-in route of the app; returns the redirect to Logto's authorization endpoint. */
    static HttpResponse<String> start(Browserless browser, String route) {
        HttpResponse<String> redirect = browser.get(ItSettings.url(route));
        assertEquals(302, redirect.statusCode(), () -> "sign-in route did not redirect: " + redirect.body());
        assertTrue(Browserless.location(redirect).getPath().endsWith("/oidc/auth"), () -> "not sent to Logto: " + Browserless.location(redirect));
        return redirect;
    }

    /** On Logto's page, pick a demo user (or cancel); returns Logto's redirect back to the app's callback. */
    static HttpResponse<String> answerAtLogto(Browserless browser, HttpResponse<String> toLogto, String user) {
        return answerAtLogto(browser, Browserless.location(toLogto), user);
    }

    /** The same, at an authorization URL as the browser may have edited it. */
    static HttpResponse<String> answerAtLogto(Browserless browser, URI authorization, String user) {
        HttpResponse<String> page = browser.get(authorization.toString());
        assertEquals(200, page.statusCode(), page::body);
        String interaction = Browserless.inputValue(page.body(), "interaction");
        URI submit = page.uri().resolve("/oidc/auth/submit");
        Map<String, String> form = user == null ? Map.of("interaction", interaction, "action", "cancel")
                : Map.of("interaction", interaction, "user", user);
        HttpResponse<String> back = browser.post(submit.toString(), form);
        assertEquals(302, back.statusCode(), back::body);
        assertTrue(Browserless.location(back).toString().startsWith(ItSettings.url("/callback")));
        return back;
    }

    /** The whole round trip as {@code user}; returns the app's answer at the callback. */
    static HttpResponse<String> signIn(Browserless browser, String route, String user) {
        return browser.follow(answerAtLogto(browser, start(browser, route), user));
    }

    static HttpResponse<String> home(Browserless browser) {
        HttpResponse<String> home = browser.get(ItSettings.url("/"));
        assertEquals(200, home.statusCode(), home::body);
        return home;
    }
}
