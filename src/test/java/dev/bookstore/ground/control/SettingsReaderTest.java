package dev.bookstore.ground.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.ground.entity.AppSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {

    private final Map<String, String> values = new HashMap<>(Map.of(
            "LOGTO_ENDPOINT", "https://tenant.logto.app/",
            "LOGTO_APP_ID", "app-id",
            "LOGTO_APP_SECRET", "s3cr3t-value",
            "APP_BASE_URL", "https://books.example.com",
            "BOOKSTORE_API_RESOURCE", "https://api.bookstore.example",
            "SESSION_COOKIE_SECURE", "true"));

    /** The app's own defaults (META-INF/microprofile-config.properties), below the values a test sets, as MicroProfile Config ranks them. */
    private static final Properties DEFAULTS = new Properties();

    static {
        try (InputStream file = SettingsReaderTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            DEFAULTS.load(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private AppSettings read() {
        return new SettingsReader(key -> Optional.ofNullable(values.getOrDefault(key, DEFAULTS.getProperty(key)))).read();
    }

    @Test
    void anHttpsBaseUrlWithoutSecureSignInCookiesStopsStartUpNamingTheSetting() {
        values.put("SESSION_COOKIE_SECURE", "false");
        InvalidSettingsException refused = assertThrows(InvalidSettingsException.class, this::read);
        assertTrue(refused.getMessage().contains("SESSION_COOKIE_SECURE must be true when APP_BASE_URL is https"), refused::getMessage);
        values.put("APP_BASE_URL", "http://localhost:9080");
        assertFalse(read().secure());
    }

    @Test
    void theInternalUrlMustBeALoopbackAddressSinceTheClientSecretGoesThere() {
        values.put("APP_INTERNAL_URL", "https://books.example.com");
        InvalidSettingsException refused = assertThrows(InvalidSettingsException.class, this::read);
        assertTrue(refused.getMessage().contains("APP_INTERNAL_URL must be http://127.0.0.1:<RELAY_PORT>"), refused::getMessage);
        values.put("APP_INTERNAL_URL", "http://127.0.0.1:9080");
        assertThrows(InvalidSettingsException.class, this::read, "the public port is not the relay's");
        for (String loopback : List.of("http://127.0.0.1:9083", "http://localhost:9083")) {
            values.put("APP_INTERNAL_URL", loopback);
            assertEquals(loopback + "/internal/logto-token", read().tokenRelay());
        }
        values.remove("APP_INTERNAL_URL");
        values.put("RELAY_PORT", "19082");
        assertEquals("http://127.0.0.1:19082/internal/logto-token", read().tokenRelay());
    }

    @Test
    void derivesIssuerCallbackAndPostLogoutPageFromEndpointAndBaseUrl() {
        AppSettings settings = read();
        assertEquals("https://tenant.logto.app/oidc", settings.issuer());
        assertEquals("https://books.example.com/callback", settings.redirectUri());
        assertEquals("https://books.example.com/", settings.postLogoutRedirectUri());
        assertEquals("kakao", settings.kakaoTarget());
        assertTrue(settings.secure());
    }

    @Test
    void requestsTheScopesLogtoNeedsForRefreshRolesIdentitiesAndTheApiPlusConfiguredOnes() {
        values.put("LOGTO_SCOPES", "urn:logto:scope:organizations, phone");
        assertEquals(List.of("openid", "offline_access", "profile", "email", "roles", "identities", "read:books",
                "write:books", "urn:logto:scope:organizations", "phone"), read().scopes());
    }

    @Test
    void aMissingSecretIsNamedAndItsValueNeverPrinted() {
        values.remove("LOGTO_APP_SECRET");
        InvalidSettingsException error = assertThrows(InvalidSettingsException.class, this::read);
        assertTrue(error.getMessage().contains("LOGTO_APP_SECRET is not set"), error.getMessage());
        values.put("LOGTO_APP_SECRET", "s3cr3t-value");
        assertFalse(read().toString().contains("s3cr3t-value"));
    }

    @Test
    void everyProblemIsNamedInOneMessage() {
        values.remove("LOGTO_APP_ID");
        values.put("LOGTO_ENDPOINT", "tenant.logto.app");
        values.put("APP_BASE_URL", "https://books.example.com/shop?x=1");
        values.put("LOGTO_KAKAO_TARGET", "Kakao!");
        String message = assertThrows(InvalidSettingsException.class, this::read).getMessage();
        for (String key : List.of("LOGTO_ENDPOINT", "LOGTO_APP_ID", "APP_BASE_URL", "LOGTO_KAKAO_TARGET")) {
            assertTrue(message.contains(key), key + " missing from: " + message);
        }
    }

    @Test
    void theApiResourceMustBeAnAbsoluteUri() {
        values.put("BOOKSTORE_API_RESOURCE", "books-api");
        assertTrue(assertThrows(InvalidSettingsException.class, this::read).getMessage().contains("BOOKSTORE_API_RESOURCE"));
    }

    @Test
    void blankValuesCountAsMissing() {
        values.put("LOGTO_APP_ID", "   ");
        assertTrue(assertThrows(InvalidSettingsException.class, this::read).getMessage().contains("LOGTO_APP_ID is not set"));
    }

    @Test
    void malformedScopesAreRefused() {
        values.put("LOGTO_SCOPES", "openid \"quoted\"");
        assertTrue(assertThrows(InvalidSettingsException.class, this::read).getMessage().contains("LOGTO_SCOPES"));
    }

    @Test
    void clusterModeIsOffOrHazelcast() {
        values.put("CLUSTER", "hazelcast");
        assertTrue(assertThrows(InvalidSettingsException.class, this::read).getMessage().contains("LTPA_KEYS_PASSWORD is not set"));
        values.put("LTPA_KEYS_PASSWORD", "shared-by-all-members");
        assertTrue(assertThrows(InvalidSettingsException.class, this::read).getMessage().contains("HAZELCAST_CONFIG is not set"));
        values.put("HAZELCAST_CONFIG", "/config/hazelcast/members.xml");
        assertEquals("/config/hazelcast/members.xml", read().hazelcastConfig());
        values.put("CLUSTER", "on");
        assertTrue(assertThrows(InvalidSettingsException.class, this::read).getMessage()
                .contains("CLUSTER must be off (one server) or hazelcast"));
    }

    @Test
    void callsToLogtoWaitFiveSecondsUnlessToldOtherwiseWithinSaneBounds() {
        assertEquals(java.time.Duration.ofSeconds(5), read().timeout());
        values.put("LOGTO_TIMEOUT", "1500ms");
        assertEquals(java.time.Duration.ofMillis(1500), read().timeout());
        for (String wrong : new String[] {"5", "50ms", "2m", "61s", "soon"}) {
            values.put("LOGTO_TIMEOUT", wrong);
            assertTrue(assertThrows(InvalidSettingsException.class, this::read).getMessage().contains("LOGTO_TIMEOUT must be"), wrong);
        }
    }

    @Test
    void adminPagesWantASignInOfTheLastTenMinutesUnlessToldOtherwiseWithinSaneBounds() {
        assertEquals(java.time.Duration.ofMinutes(10), read().adminMaxAge());
        values.put("ADMIN_MAX_AGE", "90s");
        assertEquals(java.time.Duration.ofSeconds(90), read().adminMaxAge());
        values.put("ADMIN_MAX_AGE", "2h");
        assertEquals(java.time.Duration.ofHours(2), read().adminMaxAge());
        for (String wrong : new String[] {"10", "5s", "25h", "10 m", "later"}) {
            values.put("ADMIN_MAX_AGE", wrong);
            assertTrue(assertThrows(InvalidSettingsException.class, this::read).getMessage().contains("ADMIN_MAX_AGE must be"), wrong);
        }
    }

    @Test
    void sessionsAskLogtoAgainEveryFiveMinutesUnlessToldOtherwiseWithinSaneBounds() {
        assertEquals(java.time.Duration.ofMinutes(5), read().sessionRecheck());
        values.put("SESSION_RECHECK", "3s");
        assertEquals(java.time.Duration.ofSeconds(3), read().sessionRecheck());
        values.put("SESSION_RECHECK", "2h");
        assertTrue(assertThrows(InvalidSettingsException.class, this::read).getMessage()
                .contains("SESSION_RECHECK must be a time between 2s and 1h such as 10m, 90s or 1h, but is '2h'"));
    }
}
