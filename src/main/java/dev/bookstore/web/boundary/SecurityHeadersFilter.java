package dev.bookstore.web.boundary;

import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.ground.entity.AppSettings;
import dev.bookstore.web.control.RequestIdField;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Security headers on every answer. The pages run no script at all, so the policy allows none; forms
 * may lead to Logto (sign-out redirects there, and browsers check redirects against form-action);
 * pictures may come from Logto or any https host (Kakao's image CDN). No referrer leaves the site, but
 * same-origin requests keep theirs (with "no-referrer", browsers send {@code Origin: null} on our own
 * POSTs, which the sign-out's same-origin check must refuse). Declared in web.xml, as the first filter.
 */
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    AppConfiguration configuration;

    private String contentSecurityPolicy;
    private boolean https;

    @Override
    public void init() {
        AppSettings settings = configuration.settings();
        String logto = origin(settings.endpoint());
        contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: "
                + logto + "; form-action 'self' " + logto + "; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
        https = settings.secure();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        try {
            chain.doFilter(request, response);
        } finally {
            RequestIdField.clear(); // the first filter of every request is the last to finish
        }
    }

    private static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
