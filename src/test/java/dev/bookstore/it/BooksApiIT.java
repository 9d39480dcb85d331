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
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.bookstore.devprovider.LogtoDouble;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Bookstore API accepts Logto access tokens for its own resource and nothing else (RFC 6750 answers). */
class BooksApiIT extends BookstoreIT {

    private final Browserless client = new Browserless();

    private HttpResponse<String> list(String token) {
        return client.getWith(ItSettings.url("/api/books"), "Authorization", "Bearer " + token);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response::body);
        String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Bearer"), challenge);
        assertTrue(challenge.contains("error=\"" + error + "\""), challenge);
        assertTrue(response.body().contains("\"error\":\"" + error + "\""), response::body);
    }

    @Test
    void aReaderCanListButNotAddBooks(LogtoDouble logto) throws Exception {
        String token = ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "reader"));
        HttpResponse<String> books = list(token);
        assertEquals(200, books.statusCode(), books::body);
        assertTrue(books.body().contains("채식주의자"), books::body);

        HttpResponse<String> add = client.postJson(ItSettings.url("/api/books"), "{\"title\":\"Nope\",\"author\":\"Nobody\"}",
                "Authorization", "Bearer " + token);
        assertRefused(add, 403, "insufficient_scope");
        assertTrue(add.headers().firstValue("WWW-Authenticate").orElseThrow().contains("scope=\"write:books\""));
    }

    @Test
    void anAdminCanAddABook(LogtoDouble logto) throws Exception {
        String token = ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "admin"));
        HttpResponse<String> added = client.postJson(ItSettings.url("/api/books"),
                "{\"title\":\"Pachinko " + UUID.randomUUID() + "\",\"author\":\"Min Jin Lee\"}",
                "Authorization", "Bearer " + token);
        assertEquals(201, added.statusCode(), added::body);
        assertTrue(list(token).body().contains("Pachinko"));
    }

    @Test
    void noTokenIsAskedForWithoutAnErrorCode() {
        HttpResponse<String> response = client.get(ItSettings.url("/api/books"));
        assertEquals(401, response.statusCode());
        assertEquals("Bearer realm=\"bookstore\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused(LogtoDouble logto) throws Exception {
        Map<String, Object> tokens = ProviderTokens.apiTokens(logto, "admin");
        String organizationToken = ProviderTokens.accessToken(ProviderTokens.token(client, logto, Map.of(
                "grant_type", "refresh_token", "refresh_token", (String) tokens.get("refresh_token"),
                "organization_id", "org-bookworms")));
        assertRefused(list(organizationToken), 401, "invalid_token");
    }

    /** The API tolerates this much clock difference with Logto (LogtoJwtVerifier.ACCESS_TOKEN_CLOCK_SKEW_SECONDS). */
    private static final class AccessTokenVerifierSkew {
        static final long MILLIS = 5000;
    }

    @Test
    void anExpiredTokenIsRefused(LogtoDouble logto) throws Exception {
        logto.accessTokenLifetime(Duration.ZERO);
        try {
            String token = ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "reader"));
            Thread.sleep(AccessTokenVerifierSkew.MILLIS + 1000);
            assertRefused(list(token), 401, "invalid_token");
        } finally {
            logto.accessTokenLifetime(Duration.ofHours(1));
        }
    }

    @Test
    void aTokenSignedByAnyoneButLogtoIsRefused(LogtoDouble logto) throws Exception {
        SignedJWT genuine = SignedJWT.parse(ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "admin")));
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).type(new JOSEObjectType("at+jwt"))
                .keyID(genuine.getHeader().getKeyID()).build(), genuine.getJWTClaimsSet());
        forged.sign(new ECDSASigner(new ECKeyGenerator(Curve.P_384).generate()));
        assertRefused(list(forged.serialize()), 401, "invalid_token");
    }

    @Test
    void anUnsignedTokenIsRefused(LogtoDouble logto) throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "admin"))).getJWTClaimsSet();
        assertRefused(list(new PlainJWT(claims).serialize()), 401, "invalid_token");
    }

    @Test
    void garbageIsRefused() {
        assertRefused(list("not-a-token"), 401, "invalid_token");
    }
}
