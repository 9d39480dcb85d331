package dev.bookstore.auth.boundary;

import dev.bookstore.sessions.control.EndedSignIns;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.web.boundary.SignInEndedNotice;
import dev.bookstore.web.control.RoutedPath;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sign-in lives as long as its HTTP session. Liberty's sign-in cookie can outlive the session (idle
 * timeout, a back-channel logout from Logto, possibly received by another cluster member, a grant revoked
 * at Logto): such a request is signed out
 * (local session and Logto's, then back to the home page) instead of being served as a half-known user.
 * Mapped in web.xml, which orders it among the session filters.
 * Liberty workaround; upstream report drafted in docs/upstream/sso-cookie-outlives-http-session.md.
 */
public class SessionBoundSignInFilter extends HttpFilter {

    @Inject
    EndedSignIns endedSignIns;

    @Inject
    AppConfiguration configuration;

    /** Where a caller may legitimately be signed in without a profile yet, or where no page is shown (routed paths). */
    private static final Pattern EXEMPT = Pattern.compile(
            "^/(callback|sign-in(/kakao)?|sign-up|sign-out|backchannel-logout|language|api/.*|jakarta\\.faces\\.resource/.*)$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !EXEMPT.matcher(RoutedPath.of(request)).matches() && !signInLives(request)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SignInEndedNotice.remember(response, configuration.settings().secure()); // Logto's sign-out may come first
            request.logout();
            if (!response.isCommitted()) {
                response.sendRedirect(request.getContextPath() + "/?ended=1"); // "please sign in again"
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The session holds this caller's profile and no back-channel logout has ended that sign-in. */
    private boolean signInLives(HttpServletRequest request) {
        Optional<UserProfile> profile = SessionProfile.of(request);
        return profile.isPresent() && profile.get().subject().equals(request.getUserPrincipal().getName())
                && !endedSignIns.hasEnded(profile.get());
    }
}
