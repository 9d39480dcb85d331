package dev.bookstore.logto.control;

import java.net.URI;

/** Which of Logto's endpoints a URL is, by a fixed name: a metric's label, never the URL itself (it may carry a query). */
final class LogtoEndpointNames {

    private LogtoEndpointNames() {
    }

    /** The endpoint's name, or null when the URL is not Logto's (e.g. the app's own API). */
    static String of(URI called, URI logto) {
        if (!called.getScheme().equals(logto.getScheme()) || !called.getRawAuthority().equals(logto.getRawAuthority())) {
            return null;
        }
        String path = called.getPath();
        if (path.endsWith("/.well-known/openid-configuration")) {
            return "discovery";
        }
        if (path.startsWith("/api/")) {
            return "management_api";
        }
        return switch (path) {
            case "/oidc/token" -> "token";
            case "/oidc/me" -> "userinfo";
            case "/oidc/jwks" -> "jwks";
            case "/oidc/auth" -> "authorize";
            case "/oidc/token/revocation" -> "revocation";
            default -> "other";
        };
    }
}
