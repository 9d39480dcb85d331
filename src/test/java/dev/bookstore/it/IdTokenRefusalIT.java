package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.IdTokenFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ID tokens an RP must refuse (after the OpenID Foundation's RP tests), and key rotation it must follow. */
class IdTokenRefusalIT extends BookstoreIT {

    private final Browserless browser = new Browserless();


    @ParameterizedTest
    @EnumSource(IdTokenFault.class)
    void aBadIdTokenSignsNobodyIn(IdTokenFault fault, LogtoDouble logto) {
        logto.faults().idTokenFault(fault);
        HttpResponse<String> callback = SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        assertEquals(400, callback.statusCode(), () -> fault + ": " + callback.statusCode() + " " + callback.body());
        assertTrue(callback.body().contains("Sign-in failed"), callback::body);
        assertTrue(SignInRoundTrip.home(browser).body().contains("Not signed in"), fault + " signed someone in");
        String requestId = callback.body().replaceAll("(?s).*<code id=\"request-id\">([0-9a-f]+)</code>.*", "$1");
        String logged = serverLogLine("[request " + requestId + "]");
        assertTrue(logged.contains("the ID token was refused: " + REASONS.get(fault)), fault + ": " + logged);
    }

    /** What the app's log line names as the reason, for ops (the token itself is never logged: ServerLogsIT). */
    private static final Map<IdTokenFault, String> REASONS = Map.of(
            IdTokenFault.BAD_SIGNATURE, "bad signature",
            IdTokenFault.ALG_NONE, "unsigned (alg none)",
            IdTokenFault.WRONG_ISSUER, "wrong issuer",
            IdTokenFault.WRONG_AUDIENCE, "wrong audience",
            IdTokenFault.EXPIRED, "expired",
            IdTokenFault.ISSUED_IN_THE_FUTURE, "issued in the future",
            IdTokenFault.NONCE_MISSING, "nonce missing",
            IdTokenFault.NONCE_DIFFERENT, "nonce differs from the one the sign-in sent",
            IdTokenFault.UNKNOWN_KID, "unknown key");

    private static String serverLogLine(String marker) {
        try (Stream<String> lines = Files.lines(ItSettings.SERVER_LOG, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(marker)).findFirst().orElse("no line with " + marker);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Each algorithm a Logto tenant's keys can sign with: a new key of that kind is fetched and signs users in. */
    @ParameterizedTest
    @ValueSource(strings = {"ES256", "ES512", "RS256", "RS384", "RS512", "ES384"})
    void everyAlgorithmLogtoSignsWithSignsSomeoneIn(String algorithm, LogtoDouble logto) {
        logto.rotateSigningKey(algorithm);
        Browserless someone = new Browserless();
        HttpResponse<String> callback = SignInRoundTrip.signIn(someone, "/sign-in", "reader");
        assertEquals(302, callback.statusCode(), () -> algorithm + ": " + callback.statusCode() + " " + callback.body());
        assertTrue(SignInRoundTrip.home(someone).body().contains("Jane Reader"), algorithm);
    }

    @Test
    void aRotatedKeyIsFetchedWithoutARestartAndTheRetiredOneIsNotNeeded(LogtoDouble logto) {
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
