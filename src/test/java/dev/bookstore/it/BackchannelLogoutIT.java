package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bookstore.devprovider.LogtoDouble;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logto's back-channel logout ends the sessions it names; anything but a genuine, fresh logout token is refused. */
class BackchannelLogoutIT extends BookstoreIT {

    private final Browserless browser = new Browserless();

    @BeforeEach
    void logtoKnowsTheBackchannelUri(LogtoDouble logto) {
        logto.backchannelLogoutUri(ItSettings.url("/backchannel-logout"));
    }


    private HttpResponse<String> post(String token) {
        return new Browserless().post(ItSettings.url("/backchannel-logout"), Map.of("logout_token", token));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.body().contains("\"error\":\"invalid_request\""), response::body);
    }

    private void assertSignedOutOnNextRequest() {
        HttpResponse<String> next = browser.get(ItSettings.url("/profile"));
        assertEquals(302, next.statusCode());
        assertTrue(SignInRoundTrip.home(browser).body().contains("Not signed in"));
    }

    @Test
    void signingOutAtLogtoEndsTheSessionHere(LogtoDouble logto) {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        assertEquals(200, browser.get(ItSettings.url("/profile")).statusCode());
        int delivered = logto.deliveredLogoutTokens().size();

        HttpResponse<String> atLogto = browser.get(logto.endpoint() + "/oidc/session/end?client_id=" + ItSettings.CLIENT_ID);
        assertTrue(atLogto.statusCode() < 400, atLogto::body);
        assertEquals(delivered + 1, logto.deliveredLogoutTokens().size());
        assertSignedOutOnNextRequest();
    }

    @Test
    void aTokenNamingOnlyTheUserEndsAllTheirSessions(LogtoDouble logto) {
        SignInRoundTrip.signIn(browser, "/sign-in", "kakao");
        String token = logto.signedLogoutToken(logto.logoutTokenClaims("kko7p3n9w2cd", null).claim("sid", null).build());
        assertEquals(200, post(token).statusCode());
        assertSignedOutOnNextRequest();
    }

    private String altered(LogtoDouble logto, UnaryOperator<JWTClaimsSet.Builder> change) {
        return logto.signedLogoutToken(change.apply(logto.logoutTokenClaims("rdr4x8q2m1ab", "some-sid")).build());
    }

    @Test
    void aReplayedTokenIsRefused(LogtoDouble logto) {
        String token = altered(logto, claims -> claims.jwtID(UUID.randomUUID().toString()));
        assertEquals(200, post(token).statusCode());
        assertRefused(post(token));
    }

    @Test
    void tokensForAnotherAppWithANonceWithoutTheEventOrStaleAreRefused(LogtoDouble logto) {
        assertRefused(post(altered(logto, claims -> claims.audience("another-app"))));
        assertRefused(post(altered(logto, claims -> claims.claim("nonce", "n-0S6_WzA2Mj"))));
        assertRefused(post(altered(logto, claims -> claims.claim("events", Map.of("urn:other:event", Map.of())))));
        assertRefused(post(altered(logto, claims -> claims.issueTime(new Date(System.currentTimeMillis() - 3_600_000)))));
        assertRefused(post(altered(logto, claims -> claims.issuer(logto.issuer() + "-other"))));
        assertRefused(post(altered(logto, claims -> claims.subject(null).claim("sid", null))));
    }

    @Test
    void aTokenSignedByAnyoneButLogtoIsRefused(LogtoDouble logto) throws Exception {
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(new JOSEObjectType("logout+jwt"))
                .keyID(SignedJWT.parse(altered(logto, UnaryOperator.identity())).getHeader().getKeyID()).build(),
                logto.logoutTokenClaims("rdr4x8q2m1ab", "some-sid").build());
        forged.sign(new ECDSASigner(new ECKeyGenerator(Curve.P_384).generate()));
        assertRefused(post(forged.serialize()));
    }

    /** OpenID Connect Back-Channel Logout 2.4 names logout+jwt; a plain JWT (an ID token, say) is not a logout token. */
    @Test
    void aTokenTypedAsAPlainJwtOrWithALineBreakIsRefusedAndForgesNoLogLine(LogtoDouble logto) throws Exception {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        assertRefused(post(logto.signedLogoutToken(logto.logoutTokenClaims("rdr4x8q2m1ab", null).build(), "JWT")));
        String forged = "logout+jwt\n[12/7/26, 10:00:00:000 UTC] 00000001 forged I FORGED0001I: a forged line";
        assertRefused(post(logto.signedLogoutToken(logto.logoutTokenClaims("rdr4x8q2m1ab", null).build(), forged)));
        assertEquals(200, browser.get(ItSettings.url("/profile")).statusCode(), "still signed in");
        assertTrue(java.nio.file.Files.readAllLines(ItSettings.SERVER_LOG).stream().noneMatch(line -> line.startsWith("[12/7/26, 10:00")),
                "no line starts where the token's typ said");
    }

    /** A token naming only the user ends the sign-ins made before Logto issued it, not one made since. */
    @Test
    void aLateTokenNamingOnlyTheUserLeavesASignInMadeAfterItWasIssued(LogtoDouble logto) {
        java.time.Instant issued = java.time.Instant.now().minusSeconds(60);
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        String token = logto.signedLogoutToken(logto.logoutTokenClaims("rdr4x8q2m1ab", null).claim("sid", null)
                .issueTime(java.util.Date.from(issued)).build());
        assertEquals(200, post(token).statusCode());
        assertEquals(200, browser.get(ItSettings.url("/profile")).statusCode(), "signed in after the token was issued");
    }

    @Test
    void aMissingTokenIsRefused() {
        assertRefused(new Browserless().post(ItSettings.url("/backchannel-logout"), Map.of()));
    }
}
