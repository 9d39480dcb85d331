package dev.bookstore.devprovider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** client_secret_basic and client_secret_post, as accepted at Logto's token and revocation endpoints. */
final class ClientAuthentication {

    private final Tenant tenant;
    private final Misbehaviour misbehaviour;

    ClientAuthentication(Tenant tenant, Misbehaviour misbehaviour) {
        this.tenant = tenant;
        this.misbehaviour = misbehaviour;
    }

    /** The authenticated client, or empty when the credentials are missing, ambiguous or wrong. */
    Optional<LocalLogtoClient> authenticate(RecordedRequest request) {
        String[] credentials = credentials(request);
        if (credentials == null || misbehaviour.refusesClientSecret()) {
            return Optional.empty();
        }
        return tenant.client(credentials[0]).filter(client -> sameSecret(client.clientSecret(), credentials[1]));
    }

    /** The id and secret the request presents (Basic, or in the form), or null when missing or ambiguous. */
    static String[] credentials(RecordedRequest request) {
        String authorization = request.header("authorization");
        boolean basic = authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ");
        if (basic && request.parameter("client_secret") != null) {
            return null;
        }
        String[] credentials = basic ? fromBasic(authorization.substring(6).trim())
                : new String[] {request.parameter("client_id"), request.parameter("client_secret")};
        return credentials == null || credentials[0] == null ? null : credentials;
    }

    static Reply failure() {
        return Reply.error(401, "invalid_client", "client authentication failed")
                .withHeader("WWW-Authenticate", "Basic realm=\"Local Logto\"");
    }

    /** Basic credentials are the form-urlencoded id and secret, per RFC 6749 section 2.3.1. */
    private static String[] fromBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {
                UrlEncoding.decode(decoded.substring(0, colon)), UrlEncoding.decode(decoded.substring(colon + 1))};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean sameSecret(String registered, String presented) {
        return presented != null && MessageDigest.isEqual(registered.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
