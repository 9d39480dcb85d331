package dev.bookstore.auth.control;

import dev.bookstore.logto.entity.LogtoSettings;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Who may use the token relay: the server itself (Liberty calls it at APP_INTERNAL_URL, on loopback or on the
 * server's own address), and then only with this app's own client credentials. The address is checked first, so
 * anyone else is refused before their credentials are looked at.
 */
public final class RelayAccess {

    private RelayAccess() {
    }

    /** The caller's address as Liberty's remoteIp settles on it (behind a trusted proxy: the client it names). */
    public static boolean fromThisServer(String caller, String localAddress) {
        try {
            return InetAddress.getByName(caller).isLoopbackAddress() || caller.equals(localAddress);
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    /** The app's client id and secret, in the form (client_secret_post) or as Basic credentials (which win). */
    public static boolean fromThisApp(String formId, String formSecret, String authorization, LogtoSettings settings) {
        String id = formId;
        String secret = formSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] basic = decodedBasic(authorization.substring(6).trim());
            id = basic.length == 2 ? URLDecoder.decode(basic[0], StandardCharsets.UTF_8) : null;
            secret = basic.length == 2 ? URLDecoder.decode(basic[1], StandardCharsets.UTF_8) : null;
        }
        return id != null && secret != null && settings.appId().equals(id)
                && MessageDigest.isEqual(settings.appSecret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decodedBasic(String credentials) {
        try {
            return new String(Base64.getMimeDecoder().decode(credentials), StandardCharsets.UTF_8).split(":", 2);
        } catch (IllegalArgumentException notBase64) {
            return new String[0];
        }
    }
}
