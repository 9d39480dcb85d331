package dev.bookstore.web.boundary;

import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.web.control.RoutedPath;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 400 to a request whose URI is not in normal form ({@code /./}, {@code /../}, {@code //}, {@code ;},
 * encoded dots, slashes or backslashes) before any other filter decides anything about it: Liberty routes such a
 * request by its normalised path, so a check that read the URI as sent could be walked around ({@link RoutedPath}).
 * Browsers never send such URIs; nothing is logged, each refusal is counted.
 */
public class NormalPathFilter extends HttpFilter {

    @Inject
    BookstoreMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!RoutedPath.isNormal(request)) {
            metrics.requestRefused("path_not_normal");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
