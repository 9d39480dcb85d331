package dev.bookstore.auth.boundary;

import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.web.control.ReturnTo;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * What admin pages need of the session's sign-in, past web.xml's security constraint (checked before this filter,
 * with the roles the container was told):
 * <ul>
 * <li>the role {@code admin} as the session now has it: a recheck may have found it taken away in Logto
 *     (SessionRecheck), and every member must close the pages at once, whatever its container was told;</li>
 * <li>a recent sign-in, as GitHub's sudo mode wants: a session kept alive by page views for hours does not reach
 *     them. A sign-in older than {@code ADMIN_MAX_AGE} (from Logto's {@code auth_time}) is sent to Logto to
 *     authenticate again ({@code /sign-in/confirm}: {@code prompt=login}, {@code max_age}) and comes back to the
 *     page it asked for.</li>
 * </ul>
 * Mapped in web.xml, which orders it among the session filters.
 */
public class AdminPagesFilter extends HttpFilter {

    @Inject
    AppConfiguration configuration;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<UserProfile> signedIn = SessionProfile.of(request);
        if (signedIn.isEmpty() || !signedIn.get().roles().contains("admin")) {
            // no profile: nothing says what Logto grants this caller now, whatever its sign-in cookie says
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!signedIn.get().authenticatedWithin(configuration.settings().adminMaxAge(), Instant.now())) {
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + SignInIntent.CONFIRM.route() + "?returnTo="
                    + URLEncoder.encode(ReturnTo.of(request), StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
