package dev.bookstore.web.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.net.MalformedURLException;

/**
 * Answers 404 for a file that is not there before Liberty's file serving is reached: behind any filter it
 * throws FileNotFoundException instead, which Liberty logs as a warning (SRVE0190E) and an FFDC incident with
 * a stack trace, for every browser's {@code /favicon.ico} and every scanner's probe (OpenLiberty issue 33079).
 * The 404 still gets the friendly error page. Declared in web.xml, after the security headers.
 */
public class MissingFileFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHttpServletMapping().getMappingMatch() == MappingMatch.DEFAULT && isMissing(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isMissing(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            return !path.endsWith("/") && getServletContext().getResource(path) == null;
        } catch (MalformedURLException notAPath) {
            return true;
        }
    }
}
