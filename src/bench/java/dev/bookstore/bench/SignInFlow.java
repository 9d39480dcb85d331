package dev.bookstore.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A complete sign-in of the Kakao demo user by a new visitor, hop by hop as a browser makes it:
 * <pre>
 *  app  GET /sign-in/kakao ─302─▶ provider GET /oidc/auth (consent page) ─ POST /oidc/auth/submit ─302─▶
 *  app  GET /callback (code → tokens, userinfo) ─302─▶ app GET / (the landing page, signed in)
 * </pre>
 * The app's hops are timed apart from the provider's pages: that is the app-side cost of a sign-in.
 */
final class SignInFlow {

    static final String KAKAO_USER = "kakao";
    static final String KAKAO_NAME = "김민지";

    private static final Pattern INTERACTION = Pattern.compile("name=\"interaction\"\\s+value=\"([^\"]*)\"");

    private final BenchSettings settings;

    SignInFlow(BenchSettings settings) {
        this.settings = settings;
    }

    /** Signs {@code browser} in and checks it lands signed in. */
    Sample signIn(Browser browser) throws IOException, InterruptedException {
        return signIn(browser, KAKAO_USER, KAKAO_NAME);
    }

    /** Signs {@code browser} in as the demo user {@code user}, who must be named on the landing page. */
    Sample signIn(Browser browser, String user, String name) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> toProvider = expect(302,
                browser.get(settings.app(user.equals(KAKAO_USER) ? "/sign-in/kakao" : "/sign-in")));
        long appFirst = System.nanoTime() - start;
        HttpResponse<String> consent = expect(200, browser.follow(toProvider));
        HttpResponse<String> toCallback = expect(302, browser.post(consent.uri().resolve("/oidc/auth/submit"),
                Map.of("interaction", interaction(consent.body()), "user", user)));
        long callbackStart = System.nanoTime();
        HttpResponse<String> landing = expect(200, browser.follow(expect(302, browser.follow(toCallback))));
        long end = System.nanoTime();
        if (!landing.body().contains(name)) {
            throw new IllegalStateException("landed on a page that does not name the user: " + landing.uri());
        }
        return new Sample(end - start, appFirst + (end - callbackStart));
    }

    /** Where the app sends a visitor who signs in with Kakao: the authorization request as the app makes it. */
    URI authorizationRequest(Browser browser) throws IOException, InterruptedException {
        return Browser.location(expect(302, browser.get(settings.app("/sign-in/kakao"))));
    }

    static String interaction(String page) {
        Matcher matcher = INTERACTION.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no interaction on the provider's page");
        }
        return matcher.group(1);
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered HTTP " + response.statusCode()
                    + " instead of " + status);
        }
        return response;
    }
}
