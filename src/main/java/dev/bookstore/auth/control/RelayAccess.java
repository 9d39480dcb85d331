package dev.bookstore.auth.control;

import dev.bookstore.ground.entity.AppSettings;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Who may use the token relay: the server itself, and then only with this app's own client credentials. Liberty calls
 * it at APP_INTERNAL_URL, on the relay's own endpoint (server.xml: 127.0.0.1, RELAY_PORT, no forwarded headers): "the
 * server itself" is a connection that arrived there, decided by the connection's own end, which no header changes.
 * The caller's address is never asked: Liberty's remoteIp makes it whatever a trusted proxy's X-Forwarded-For says,
 * and a proxy on this host makes every public request come from loopback. The address is checked first, so anyone
 * else is refused before their credentials are looked at.
 */
public final class RelayAccess {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:.%]+]?");

    private RelayAccess() {
    }

    /**
     * {@code localAddress}, {@code localPort}: the connection's own end ({@code getLocalAddr()}, an IP literal, never a
     * name to resolve; {@code getLocalPort()}); {@code relayPort}: the relay endpoint's port.
     */
    public static boolean fromThisServer(String localAddress, int localPort, int relayPort) {
        return localPort == relayPort && localAddress != null && IP_LITERAL.matcher(localAddress).matches()
                && isLoopback(localAddress);
    }

    private static boolean isLoopback(String ipLiteral) {
        try {
            return InetAddress.getByName(ipLiteral).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /** The app's client id and secret, in the form (client_secret_post) or as Basic credentials (which win). */
    public static boolean fromThisApp(String formId, String formSecret, String authorization, AppSettings settings) {
        String id = formId;
        String secret = formSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] basic = decodedBasic(authorization.substring(6).trim());
            id = basic.length == 2 ? formDecoded(basic[0]) : null;
            secret = basic.length == 2 ? formDecoded(basic[1]) : null;
        }
        return id != null && secret != null && settings.appId().equals(id)
                && MessageDigest.isEqual(settings.appSecret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 6749 2.3.1 form-encodes both; a bad escape is no credential (refused as invalid_client, not a 500). */
    private static String formDecoded(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
    }

    private static String[] decodedBasic(String credentials) {
        try {
            return new String(Base64.getMimeDecoder().decode(credentials), StandardCharsets.UTF_8).split(":", 2);
        } catch (IllegalArgumentException notBase64) {
            return new String[0];
        }
    }
}
