package dev.bookstore.devprovider;

import java.util.LinkedHashMap;
import java.util.Map;

/** Redirects back to the client's redirect URI, always naming the issuer (RFC 9207) as Logto does. */
final class AuthorizationRedirects {

    private AuthorizationRedirects() {
    }

    static Reply code(String redirectUri, String code, String state, String issuer) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("code", code);
        parameters.put("state", state);
        parameters.put("iss", issuer);
        return Reply.redirect(UrlEncoding.withQuery(redirectUri, parameters));
    }

    static Reply error(String redirectUri, String error, String description, String state, String issuer) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error);
        parameters.put("error_description", description);
        parameters.put("state", state);
        parameters.put("iss", issuer);
        return Reply.redirect(UrlEncoding.withQuery(redirectUri, parameters));
    }
}
