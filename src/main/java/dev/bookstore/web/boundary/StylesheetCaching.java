package dev.bookstore.web.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The stylesheet is a plain file served by Liberty (no Faces resource handler, which used to add an Expires
 * header): browsers may keep it an hour, then ask again with its Last-Modified, so a new deployment's styles
 * reach them within the hour and no page view waits on a stylesheet request in between. The favicon likewise.
 */
@WebFilter({"/resources/*", "/favicon.ico"})
public class StylesheetCaching extends HttpFilter {

    static final String CACHE_CONTROL = "public, max-age=3600";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", CACHE_CONTROL);
        chain.doFilter(request, response);
    }
}
