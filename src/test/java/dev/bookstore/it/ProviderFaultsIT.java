package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LocalLogto;
import dev.bookstore.devprovider.ProviderFaults.EndpointFault;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Logto answering 500: the sign-in fails fast with a clear page, and works again once Logto is back. */
class ProviderFaultsIT extends BookstoreIT {


    private static void assertFailsFastThenRecovers(LocalLogto logto, Runnable fault) {
        Browserless browser = new Browserless();
        HttpResponse<String> toLogto = SignInRoundTrip.start(browser, "/sign-in");
        HttpResponse<String> back = SignInRoundTrip.answerAtLogto(browser, toLogto, "reader");
        fault.run();
        Instant start = Instant.now();
        HttpResponse<String> callback = browser.follow(back);
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 10, "the callback must not wait long");
        assertTrue(callback.statusCode() == 400 || callback.statusCode() == 503, () -> callback.statusCode() + callback.body());
        assertTrue(callback.body().contains("id=\"error-title\"") && callback.body().contains("id=\"request-id\""), callback::body);
        assertTrue(SignInRoundTrip.home(browser).body().contains("Not signed in"));

        logto.faults().reset();
        Browserless later = new Browserless();
        assertEquals(302, SignInRoundTrip.signIn(later, "/sign-in", "reader").statusCode());
        assertTrue(SignInRoundTrip.home(later).body().contains("Jane Reader"), "sign-in works again without a restart");
    }

    @Test
    void theTokenEndpointFailing(LocalLogto logto) {
        assertFailsFastThenRecovers(logto, () -> logto.faults().endpointFault("/oidc/token", EndpointFault.SERVER_ERROR));
    }

    @Test
    void theKeySetFailingWhenTheKeyIsNew(LocalLogto logto) {
        assertFailsFastThenRecovers(logto, () -> {
            logto.rotateSigningKey();
            logto.faults().endpointFault("/oidc/jwks", EndpointFault.SERVER_ERROR);
        });
    }

    @Test
    void pagesThatNeedNoSignInKeepWorkingWhileLogtoFails(LocalLogto logto) {
        logto.faults().endpointFault("/oidc/token", EndpointFault.SERVER_ERROR);
        logto.faults().endpointFault("/oidc/jwks", EndpointFault.SERVER_ERROR);
        assertTrue(SignInRoundTrip.home(new Browserless()).body().contains("Not signed in"));
    }
}
