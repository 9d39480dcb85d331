package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LocalLogto;
import dev.bookstore.devprovider.ProviderFaults.IdTokenFault;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ID tokens an RP must refuse (after the OpenID Foundation's RP tests), and key rotation it must follow. */
class IdTokenRefusalIT extends BookstoreIT {

    private final Browserless browser = new Browserless();


    @ParameterizedTest
    @EnumSource(IdTokenFault.class)
    void aBadIdTokenSignsNobodyIn(IdTokenFault fault, LocalLogto logto) {
        logto.faults().idTokenFault(fault);
        HttpResponse<String> callback = SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        assertEquals(400, callback.statusCode(), () -> fault + ": " + callback.statusCode() + " " + callback.body());
        assertTrue(callback.body().contains("Sign-in failed"), callback::body);
        assertTrue(SignInRoundTrip.home(browser).body().contains("Not signed in"), fault + " signed someone in");
    }

    @Test
    void aRotatedKeyIsFetchedWithoutARestartAndTheRetiredOneIsNotNeeded(LocalLogto logto) {
        assertEquals(302, SignInRoundTrip.signIn(browser, "/sign-in", "reader").statusCode());
        logto.rotateSigningKey();
        Browserless second = new Browserless();
        assertEquals(302, SignInRoundTrip.signIn(second, "/sign-in", "kakao").statusCode(), "token signed with the new key");
        logto.retireOldSigningKeys();
        Browserless third = new Browserless();
        assertEquals(302, SignInRoundTrip.signIn(third, "/sign-in", "admin").statusCode());
        assertTrue(SignInRoundTrip.home(third).body().contains("Alex Admin"));
    }
}
