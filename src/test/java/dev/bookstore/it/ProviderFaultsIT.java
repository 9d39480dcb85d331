package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.EndpointFault;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Logto failing (500, hanging, refusing the app's credentials): the sign-in fails fast with a clear page that
 * tells an outage or a misconfiguration from a bad callback, and works again once Logto is back.
 */
class ProviderFaultsIT extends BookstoreIT {



    /** The callback meets {@code fault}: answered within bounds with {@code status}; later sign-ins work again. */
    private static HttpResponse<String> assertFailsFastThenRecovers(LogtoDouble logto, int status, Runnable fault) {
        Browserless browser = new Browserless();
        HttpResponse<String> toLogto = SignInRoundTrip.start(browser, "/sign-in");
        HttpResponse<String> back = SignInRoundTrip.answerAtLogto(browser, toLogto, "reader");
        fault.run();
        Instant start = Instant.now();
        HttpResponse<String> callback = browser.follow(back);
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "the callback must not wait long");
        assertEquals(status, callback.statusCode(), callback::body);
        assertTrue(callback.body().contains("id=\"error-title\"") && callback.body().contains("id=\"request-id\""), callback::body);
        assertTrue(SignInRoundTrip.home(browser).body().contains("Not signed in"));

        logto.faults().reset();
        Browserless later = new Browserless();
        assertEquals(302, SignInRoundTrip.signIn(later, "/sign-in", "reader").statusCode());
        assertTrue(SignInRoundTrip.home(later).body().contains("Jane Reader"), "sign-in works again without a restart");
        return callback;
    }

    @Test
    void theTokenEndpointFailing(LogtoDouble logto) {
        assertFailsFastThenRecovers(logto, 503, () -> logto.faults().endpointFault("/oidc/token", EndpointFault.SERVER_ERROR));
    }

    /**
     * Refused callbacks (a forged one, a bad ID token) just before an outage do not make the outage look like the
     * user's fault: how each exchange went is known as it happens, nothing is remembered from the last refusal.
     */
    @Test
    void anOutageRightAfterRefusedCallbacksIsAnOutageFromItsFirstCallbackOn(LogtoDouble logto) {
        Browserless forger = new Browserless();
        SignInRoundTrip.start(forger, "/sign-in");
        assertEquals(400, forger.get(ItSettings.url("/callback?code=forged&state=forged")).statusCode());
        logto.faults().idTokenFault(dev.bookstore.devprovider.IdTokenFault.EXPIRED);
        assertEquals(400, SignInRoundTrip.signIn(new Browserless(), "/sign-in", "reader").statusCode());
        logto.faults().reset();
        int tokenRequests = logto.requests("/oidc/token").size();
        for (int forged = 0; forged < 10; forged++) {
            forger.get(ItSettings.url("/callback?code=forged&state=forged"));
        }
        assertEquals(tokenRequests, logto.requests("/oidc/token").size(), "forged callbacks make the app ask Logto nothing");

        assertFailsFastThenRecovers(logto, 503, () -> logto.faults().endpointFault("/oidc/token", EndpointFault.SERVER_ERROR));
    }

    @Test
    void theTokenEndpointHanging(LogtoDouble logto) {
        assertFailsFastThenRecovers(logto, 503, () -> logto.faults().endpointFault("/oidc/token", EndpointFault.HANG));
    }

    @Test
    void theKeySetFailingWhenTheKeyIsNew(LogtoDouble logto) {
        assertFailsFastThenRecovers(logto, 503, () -> {
            logto.rotateSigningKey();
            logto.faults().endpointFault("/oidc/jwks", EndpointFault.SERVER_ERROR);
        });
    }

    @Test
    void theKeySetHangingWhenTheKeyIsNew(LogtoDouble logto) {
        assertFailsFastThenRecovers(logto, 503, () -> {
            logto.rotateSigningKey();
            logto.faults().endpointFault("/oidc/jwks", EndpointFault.HANG);
        });
    }

    @Test
    void aRotatedAppSecretIsReportedAsMisconfigurationNotAsTheUsersFault(LogtoDouble logto) throws Exception {
        HttpResponse<String> page = assertFailsFastThenRecovers(logto, 503, () -> logto.faults().clientSecretRotated(true));
        assertTrue(page.body().contains("Sign-in is not set up correctly"), page::body);
        Matcher shown = Pattern.compile("id=\"request-id\">([^<]+)<").matcher(page.body());
        assertTrue(shown.find(), page::body);
        String requestId = shown.group(1);
        assertTrue(Files.readAllLines(ItSettings.SERVER_LOG).stream().anyMatch(line -> line.contains(requestId)
                && line.contains("invalid_client") && line.contains("LOGTO_APP_SECRET")), "the log names the cause");
    }

    @Test
    void userinfoHangingDelaysTheSignInBoundedlyAndLeavesLinkedAccountsUnknown(LogtoDouble logto) {
        logto.faults().endpointFault("/oidc/me", EndpointFault.HANG);
        Browserless browser = new Browserless();
        Instant start = Instant.now();
        assertEquals(302, SignInRoundTrip.signIn(browser, "/sign-in", "kakao").statusCode());
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "userinfo is waited for LOGTO_TIMEOUT (2 s here) at most");
        HttpResponse<String> profile = browser.get(ItSettings.url("/profile"));
        assertEquals(200, profile.statusCode(), profile::body);
        assertTrue(profile.body().contains("id=\"identities-unknown\""), profile::body);
    }

    @Test
    void discoveryFailingOrHangingOnceReadDoesNotStopSignIns(LogtoDouble logto) {
        assertEquals(302, SignInRoundTrip.signIn(new Browserless(), "/sign-in", "reader").statusCode(), "discovery read");
        for (EndpointFault fault : EndpointFault.values()) {
            logto.faults().endpointFault("/oidc/.well-known/openid-configuration", fault);
            Browserless browser = new Browserless();
            Instant start = Instant.now();
            assertEquals(302, SignInRoundTrip.signIn(browser, "/sign-in", "kakao").statusCode(), fault::name);
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "kept, not read again: " + fault);
            assertTrue(SignInRoundTrip.home(browser).body().contains("김민지"), fault::name);
        }
    }

    @Test
    void pagesThatNeedNoSignInKeepWorkingWhileLogtoFails(LogtoDouble logto) {
        logto.faults().endpointFault("/oidc/token", EndpointFault.SERVER_ERROR);
        logto.faults().endpointFault("/oidc/jwks", EndpointFault.SERVER_ERROR);
        assertTrue(SignInRoundTrip.home(new Browserless()).body().contains("Not signed in"));
    }
}
