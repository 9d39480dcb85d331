package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What admins do in Logto reaches live sessions through Logto's signed webhooks: a suspended or deleted user is
 * signed out at their next request, a deleted user's data is erased, a renamed user or a deleted role shows at the
 * next request (that session asks Logto again), and no unsigned, altered, stale or replayed delivery is believed.
 */
class LogtoWebhookIT extends BookstoreIT {

    private static final String HOOK = LogtoHook.URL;

    private LogtoDouble logto;

    @BeforeEach
    void registerTheHook(LogtoDouble provider) {
        logto = provider;
        LogtoHook.registerOnce(logto);
    }

    @AfterEach
    void everyoneActiveAgain() {
        logto.console().restoreUsers();
    }

    private static Browserless signedIn(String user) {
        Browserless browser = new Browserless();
        SignInRoundTrip.signIn(browser, "/sign-in", user);
        assertEquals(200, browser.get(ItSettings.url("/profile")).statusCode(), "signed in as " + user);
        return browser;
    }

    @Test
    void aUserRenamedInLogtoSeesTheNewNameAtTheirNextRequest() {
        Browserless reader = signedIn("reader");
        assertTrue(SignInRoundTrip.home(reader).body().contains("Jane Reader"));
        assertTrue(SignInRoundTrip.home(reader).body().contains("Jane Reader"), "served again as rendered (RenderedPageCache)");
        logto.console().renameUser("reader", "Jane Renamed");
        String home = SignInRoundTrip.home(reader).body();
        assertTrue(home.contains("Jane Renamed") && !home.contains("Jane Reader"), home);
    }

    @Test
    void aRoleDeletedInLogtoClosesTheAdminPagesAtTheNextRequest() {
        Browserless admin = signedIn("admin");
        assertEquals(200, admin.get(ItSettings.url("/admin")).statusCode());
        assertTrue(SignInRoundTrip.home(admin).body().contains("id=\"nav-admin\""));
        assertTrue(SignInRoundTrip.home(admin).body().contains("id=\"nav-admin\""), "served again as rendered");
        logto.console().deleteRole("admin");
        assertFalse(SignInRoundTrip.home(admin).body().contains("id=\"nav-admin\""), "the home page no longer offers it");
        assertEquals(403, admin.get(ItSettings.url("/admin")).statusCode(), "the role is gone");
        assertTrue(SignInRoundTrip.home(admin).body().contains("Alex Admin"), "the user is still signed in");
    }

    @Test
    void aUserSuspendedInLogtoIsSignedOutAtTheirNextRequest() {
        Browserless reader = signedIn("reader");
        logto.console().suspendUser("reader");
        java.net.http.HttpResponse<String> next = reader.get(ItSettings.url("/profile"));
        assertEquals(302, next.statusCode(), "the suspended user is signed out");
        // signed out here and at Logto, whose sign-out brings the browser back to the home page: it says why, once
        String home = SignInRoundTrip.home(reader).body();
        assertTrue(home.contains("Not signed in") && home.contains("id=\"sign-in-ended\""), home);
        assertFalse(SignInRoundTrip.home(reader).body().contains("id=\"sign-in-ended\""), "once");
    }

    @Test
    void aUserDeletedInLogtoIsSignedOutAndTheirShelfErased() throws Exception {
        Browserless kakao = signedIn("kakao");
        String token = ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "kakao"));
        Browserless api = new Browserless();
        assertEquals(204, api.sendWith("PUT", ItSettings.url("/api/shelf/b-3"), "Authorization", "Bearer " + token).statusCode());
        logto.console().deleteUser("kakao");
        assertEquals(302, kakao.get(ItSettings.url("/profile")).statusCode(), "the deleted user is signed out");
        assertEquals("[]", api.getWith(ItSettings.url("/api/shelf"), "Authorization", "Bearer " + token).body(),
                "nothing of the deleted user is kept");
    }

    @Test
    void unsignedAlteredStaleOrReplayedDeliveriesAreRefusedWithoutSayingWhy() throws Exception {
        Browserless reader = signedIn("reader");
        String body = "{\"event\":\"User.SuspensionStatus.Updated\",\"createdAt\":\"" + Instant.now() + "\","
                + "\"data\":{\"id\":\"rdr4x8q2m1ab\",\"isSuspended\":true},\"hookId\":\"forged\"}";
        assertEquals(401, logto.console().postWebhook(HOOK, body, null), "unsigned");
        assertEquals(401, logto.console().postWebhook(HOOK, body, sign("a-guessed-key", body)), "signed with another key");
        assertEquals(401, logto.console().postWebhook(HOOK, body.replace("forged", "altered"), sign(ItSettings.WEBHOOK_KEY, body)),
                "altered after signing");
        String stale = body.replaceFirst("\"createdAt\":\"[^\"]+\"",
                "\"createdAt\":\"" + Instant.now().minus(10, ChronoUnit.MINUTES) + "\"");
        assertEquals(401, logto.console().postWebhook(HOOK, stale, sign(ItSettings.WEBHOOK_KEY, stale)), "ten minutes old");
        assertEquals(200, reader.get(ItSettings.url("/profile")).statusCode(), "none of them signed the reader out");

        logto.console().suspendUser("kakao"); // a genuine delivery, then the same one again
        String[] genuine = logto.console().webhookDeliveries().get(logto.console().webhookDeliveries().size() - 1);
        assertEquals(401, logto.console().postWebhook(HOOK, genuine[0], genuine[1]), "replayed");
        assertEquals(401, logto.console().postWebhook(HOOK, genuine[0], genuine[1].toUpperCase(java.util.Locale.ROOT)),
                "replayed with the signature in upper case");
        assertFalse(Files.readString(ItSettings.SERVER_LOG).contains(genuine[1]), "the log never holds a signature");
    }

    @Test
    void anEventTheAppHasNoUseForIsAcknowledged() throws Exception {
        String body = "{\"event\":\"Role.Created\",\"createdAt\":\"" + Instant.now() + "\",\"data\":{\"id\":\"r1\"}}";
        assertEquals(204, logto.console().postWebhook(HOOK, body, sign(ItSettings.WEBHOOK_KEY, body)));
    }

    private static String sign(String key, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
