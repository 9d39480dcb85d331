package dev.bookstore.auth.boundary;

import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.web.control.BasicCredentials;
import dev.bookstore.web.control.RoutedPath;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 400 to Basic credentials that are not even well-formed: no page uses them, and no such request is worth a
 * log line (each refusal is counted). The token relay answers them itself, as OAuth asks ({@code invalid_client}).
 */
public class MalformedCredentialsFilter extends HttpFilter {

    @Inject
    BookstoreMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (BasicCredentials.malformed(request.getHeader("Authorization")) && !TokenRelayServlet.PATH.equals(RoutedPath.of(request))) {
            metrics.requestRefused("malformed_credentials");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
