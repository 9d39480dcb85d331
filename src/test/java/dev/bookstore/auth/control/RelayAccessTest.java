package dev.bookstore.auth.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.logto.entity.LogtoSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Only the server itself, with the app's own credentials, may have a code exchange relayed to Logto. */
class RelayAccessTest {

    private static final String SECRET = "relay:secret/with&odd chars";
    private final LogtoSettings settings = LogtoBeans.of("http://127.0.0.1:1", "relay-app", SECRET,
            "http://localhost:9080").configuration().settings();

    @Test
    void loopbackAndTheServersOwnAddressAreThisServer() {
        assertTrue(RelayAccess.fromThisServer("127.0.0.1", "10.0.0.5"));
        assertTrue(RelayAccess.fromThisServer("127.0.4.2", "10.0.0.5"));
        assertTrue(RelayAccess.fromThisServer("0:0:0:0:0:0:0:1", "10.0.0.5"));
        assertTrue(RelayAccess.fromThisServer("10.0.0.5", "10.0.0.5"));
    }

    @Test
    void anyOtherAddressIsNot() {
        assertFalse(RelayAccess.fromThisServer("10.0.0.6", "10.0.0.5"));
        assertFalse(RelayAccess.fromThisServer("192.168.1.20", "10.0.0.5"));
        assertFalse(RelayAccess.fromThisServer("2001:db8::1", "10.0.0.5"));
    }

    @Test
    void theAppsCredentialsInTheFormOrAsBasicAreAccepted() {
        assertTrue(RelayAccess.fromThisApp("relay-app", SECRET, null, settings));
        assertTrue(RelayAccess.fromThisApp(null, null, basic("relay-app", SECRET), settings));
        assertTrue(RelayAccess.fromThisApp(null, null, "basic  " + basic("relay-app", SECRET).substring(6), settings));
    }

    @Test
    void wrongMissingOrMalformedCredentialsAreRefused() {
        assertFalse(RelayAccess.fromThisApp("relay-app", SECRET + "x", null, settings));
        assertFalse(RelayAccess.fromThisApp("other-app", SECRET, null, settings));
        assertFalse(RelayAccess.fromThisApp("relay-app", null, null, settings));
        assertFalse(RelayAccess.fromThisApp(null, null, null, settings));
        assertFalse(RelayAccess.fromThisApp(null, null, basic("relay-app", "guess"), settings));
        assertFalse(RelayAccess.fromThisApp(null, null, "Basic !!not-base64!!", settings));
        assertFalse(RelayAccess.fromThisApp(null, null, "Basic " + Base64.getEncoder().encodeToString(
                "no-colon".getBytes(StandardCharsets.UTF_8)), settings));
    }

    @Test
    void basicCredentialsOverrideTheForm() {
        assertFalse(RelayAccess.fromThisApp("relay-app", SECRET, basic("relay-app", "guess"), settings),
                "a wrong Authorization header is not rescued by the form");
    }

    /** RFC 6749 2.3.1: id and secret form-encoded, then Base64. */
    private static String basic(String id, String secret) {
        String pair = URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
