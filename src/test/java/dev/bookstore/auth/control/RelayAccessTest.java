package dev.bookstore.auth.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.ground.entity.AppSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Only the server itself, with the app's own credentials, may have a code exchange relayed to Logto. */
class RelayAccessTest {

    private static final String SECRET = "relay:secret/with&odd chars";
    private final AppSettings settings = LogtoBeans.of("http://127.0.0.1:1", "relay-app", SECRET,
            "http://localhost:9080").configuration().settings();

    private static final int RELAY = 9083;
    private static final int PUBLIC = 9080;

    @Test
    void aConnectionThatArrivedAtTheRelaysLoopbackEndpointIsFromThisServer() {
        assertTrue(RelayAccess.fromThisServer("127.0.0.1", RELAY, RELAY));
        assertTrue(RelayAccess.fromThisServer("0:0:0:0:0:0:0:1", RELAY, RELAY));
    }

    /** A reverse proxy on this host forwards every public request from loopback, to the public port. */
    @Test
    void aConnectionThatArrivedAtThePublicPortIsNotEvenOnLoopback() {
        assertFalse(RelayAccess.fromThisServer("127.0.0.1", PUBLIC, RELAY));
    }

    /**
     * The caller's address is never asked: Liberty's remoteIp makes it whatever a private-network peer writes in
     * X-Forwarded-For ("127.0.0.1, 10.9.9.9", "localhost"). The connection's own end cannot be forged.
     */
    @Test
    void aConnectionThatArrivedAtTheServersNetworkAddressIsNotWhateverItsHeadersSay() {
        assertFalse(RelayAccess.fromThisServer("10.0.0.5", RELAY, RELAY));
        assertFalse(RelayAccess.fromThisServer("192.168.1.20", RELAY, RELAY));
        assertFalse(RelayAccess.fromThisServer("2001:db8::1", RELAY, RELAY));
        assertFalse(RelayAccess.fromThisServer("localhost", RELAY, RELAY), "a name is never resolved");
        assertFalse(RelayAccess.fromThisServer(null, RELAY, RELAY));
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
        assertFalse(RelayAccess.fromThisApp(null, null, "Basic " + Base64.getEncoder().encodeToString(
                "relay-app:%zz%".getBytes(StandardCharsets.UTF_8)), settings), "a bad %-escape is refused, not a 500");
        assertFalse(RelayAccess.fromThisApp(null, null, "Basic ", settings));
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
