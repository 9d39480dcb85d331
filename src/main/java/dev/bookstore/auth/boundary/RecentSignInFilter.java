package dev.bookstore.auth.boundary;

import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.logto.control.LogtoConfiguration;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.web.control.ReturnTo;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Admin pages want a recent sign-in, as GitHub's sudo mode does: a session kept alive by page views for hours does
 * not reach them. A sign-in older than {@code ADMIN_MAX_AGE} (counted from Logto's {@code auth_time}) is sent to
 * Logto to authenticate again ({@code /sign-in/confirm}: {@code prompt=login}, {@code max_age}) and comes back to
 * the page it asked for. The role itself is web.xml's security constraint, checked before this filter.
 */
@WebFilter(urlPatterns = {"/admin", "/admin.xhtml", "/admin/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class RecentSignInFilter extends HttpFilter {

    @Inject
    LogtoConfiguration configuration;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<UserProfile> signedIn = SessionProfile.of(request);
        if (signedIn.isPresent() && !signedIn.get().authenticatedWithin(configuration.settings().adminMaxAge(), Instant.now())) {
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + SignInIntent.CONFIRM.route() + "?returnTo="
                    + URLEncoder.encode(ReturnTo.of(request), StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
