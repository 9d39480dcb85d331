package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.LocalLogtoHarness.CLIENT_ID;
import static dev.bookstore.devprovider.LocalLogtoHarness.POST_LOGOUT_URI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** OpenID Connect Back-Channel Logout: ending a session POSTs a logout token to the client, as Logto does. */
class LocalLogtoBackchannelLogoutTest {

    private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    private final BackchannelReceiver receiver = new BackchannelReceiver();
    private LocalLogtoHarness.SignIn signIn;
    private JWTClaimsSet idToken;

    @BeforeEach
    void signIn() throws Exception {
        signIn = harness.signIn("reader", Map.of("scope", "openid profile"));
        idToken = OAuthTestValues.idTokenClaims(harness.redeem(signIn.code(), null));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private HttpResponse<String> endSession() {
        return harness.get("/oidc/session/end?" + OAuthTestValues.query(Map.of("client_id", CLIENT_ID,
                "post_logout_redirect_uri", POST_LOGOUT_URI)), "Cookie", signIn.sessionCookie());
    }

    @Test
    void endingTheSessionPostsOneLogoutTokenBeforeAnsweringTheBrowser() throws Exception {
        harness.provider().backchannelLogoutUri(receiver.uri());

        assertEquals(302, endSession().statusCode());

        List<BackchannelReceiver.Delivery> deliveries = receiver.deliveries();
        assertEquals(1, deliveries.size(), "delivered before the browser got its answer");
        BackchannelReceiver.Delivery delivery = deliveries.get(0);
        assertEquals("POST", delivery.method());
        assertEquals("application/x-www-form-urlencoded", delivery.contentType());
        assertEquals(List.of(delivery.logoutToken()), harness.provider().deliveredLogoutTokens());

        JWTClaimsSet claims = verifiedLogoutToken(delivery.logoutToken());
        assertEquals(idToken.getSubject(), claims.getSubject());
        assertEquals(idToken.getStringClaim("sid"), claims.getStringClaim("sid"));
        assertRealLogoutTokenClaims(claims);
        assertEquals(0, harness.provider().activeSessionCount());
    }

    @Test
    void theSidIsPublicAndNotTheSessionCookie() throws Exception {
        String sid = idToken.getStringClaim("sid");
        assertNotNull(sid);
        assertNotEquals(signIn.sessionCookie().substring(signIn.sessionCookie().indexOf('=') + 1), sid);
    }

    @Test
    void withoutABackchannelUriNothingIsSent() {
        harness.provider().backchannelLogoutUri(receiver.uri());
        harness.provider().backchannelLogoutUri(null);

        assertEquals(302, endSession().statusCode());

        assertTrue(receiver.deliveries().isEmpty());
        assertTrue(harness.provider().deliveredLogoutTokens().isEmpty());
    }

    @Test
    void withoutAProviderSessionNothingIsSent() {
        harness.provider().backchannelLogoutUri(receiver.uri());

        HttpResponse<String> response = harness.get("/oidc/session/end");

        assertEquals(200, response.statusCode());
        assertTrue(receiver.deliveries().isEmpty());
        assertEquals(1, harness.provider().activeSessionCount());
    }

    @Test
    void aRefusedConnectionDoesNotStopTheSignOut() throws IOException {
        harness.provider().backchannelLogoutUri("http://127.0.0.1:" + closedPort() + "/backchannel-logout");

        assertEquals(302, endSession().statusCode());

        assertEquals(0, harness.provider().activeSessionCount());
        assertEquals(1, harness.provider().deliveredLogoutTokens().size(), "the attempt is recorded");
    }

    @Test
    void aReceiverThatNeverAnswersDelaysTheSignOutAtMostFiveSeconds() throws IOException {
        // Connections land in the backlog and are never accepted, so the request just hangs.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            harness.provider().backchannelLogoutUri("http://127.0.0.1:" + silent.getLocalPort() + "/bcl");

            Instant start = Instant.now();
            HttpResponse<String> response = endSession();
            Duration took = Duration.between(start, Instant.now());

            assertEquals(302, response.statusCode());
            assertTrue(took.compareTo(Duration.ofMillis(6500)) < 0, "took " + took);
            assertEquals(0, harness.provider().activeSessionCount());
        }
    }

    @Test
    void onlyAbsoluteHttpUrisAreAccepted() {
        assertThrows(IllegalArgumentException.class,
                () -> harness.provider().backchannelLogoutUri("ftp://127.0.0.1/backchannel-logout"));
        assertThrows(IllegalArgumentException.class,
                () -> harness.provider().backchannelLogoutUri("/backchannel-logout"));
    }

    @Test
    void logoutTokenClaimsArePrefilledLikeTheRealToken() throws Exception {
        harness.provider().backchannelLogoutUri(receiver.uri());
        endSession();
        JWTClaimsSet real = SignedJWT.parse(harness.provider().deliveredLogoutTokens().get(0)).getJWTClaimsSet();

        JWTClaimsSet prefilled = harness.provider()
                .logoutTokenClaims(idToken.getSubject(), idToken.getStringClaim("sid")).build();

        assertEquals(real.getClaims().keySet(), prefilled.getClaims().keySet());
        assertEquals(real.getSubject(), prefilled.getSubject());
        assertEquals(real.getStringClaim("sid"), prefilled.getStringClaim("sid"));
        assertRealLogoutTokenClaims(prefilled);
        assertNotEquals(real.getJWTID(), prefilled.getJWTID(), "jti is fresh for every token");
    }

    @Test
    void signedLogoutTokenSignsAlteredClaimsWithTheCurrentKey() throws Exception {
        harness.provider().rotateSigningKey();
        JWTClaimsSet altered = harness.provider().logoutTokenClaims("someone", "some-sid")
                .audience("some-other-client").claim("nonce", "n-1").claim("events", null).build();

        JWTClaimsSet claims = verifiedLogoutToken(harness.provider().signedLogoutToken(altered));

        assertEquals(List.of("some-other-client"), claims.getAudience());
        assertEquals("n-1", claims.getStringClaim("nonce"));
        assertNull(claims.getClaim("events"));
        assertEquals("some-sid", claims.getStringClaim("sid"));
        assertTrue(harness.provider().deliveredLogoutTokens().isEmpty(), "signing is not sending");
    }

    /** Checks the header and signature against the JWKS' newest key, as a relying party would. */
    private JWTClaimsSet verifiedLogoutToken(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.ES384, jwt.getHeader().getAlgorithm());
        assertEquals(new JOSEObjectType("logout+jwt"), jwt.getHeader().getType());
        JWKSet jwks = JWKSet.parse(harness.get("/oidc/jwks").body());
        assertEquals(jwks.getKeys().get(0).getKeyID(), jwt.getHeader().getKeyID(), "signed with the current key");
        assertTrue(jwt.verify(new ECDSAVerifier(jwks.getKeys().get(0).toECKey())));
        return jwt.getJWTClaimsSet();
    }

    private void assertRealLogoutTokenClaims(JWTClaimsSet claims) throws Exception {
        assertEquals(harness.provider().issuer(), claims.getIssuer());
        assertEquals(List.of(CLIENT_ID), claims.getAudience());
        assertEquals(CLIENT_ID, claims.toJSONObject().get("aud"), "aud is one string, as in Logto's tokens");
        assertNotNull(claims.getJWTID());
        long issuedAt = claims.getIssueTime().toInstant().getEpochSecond();
        assertTrue(Math.abs(issuedAt - Instant.now().getEpochSecond()) < 10);
        assertEquals(issuedAt + 120, claims.getExpirationTime().toInstant().getEpochSecond());
        assertEquals(Map.of(EVENT, Map.of()), claims.getJSONObjectClaim("events"));
        assertNull(claims.getClaim("nonce"));
        assertNotNull(claims.getStringClaim("sid"));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
