package dev.bookstore.web.boundary;

import dev.bookstore.ground.control.Traces;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Liberty's mpTelemetry starts each request's span in a filter of its own, after the app's: this one, last of the
 * app's, hands it the request as a span may see it ({@link TracedRequest}). Untraced, requests pass untouched.
 */
public class TracedRequestFilter extends HttpFilter {

    @Inject
    Traces traces;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(traces.enabled() ? new TracedRequest(request) : request, response);
    }
}
