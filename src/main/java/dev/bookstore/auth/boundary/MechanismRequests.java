package dev.bookstore.auth.boundary;

import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.web.control.BasicCredentials;
import dev.bookstore.web.control.RoutedPath;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** How {@link SignInFlow} sorts a request before anything is done for it. */
final class MechanismRequests {

    private MechanismRequests() {
    }

    /**
     * False for a request the mechanism must not see: a forward within a request it has already seen (not a second
     * callback), malformed Basic credentials (400 from MalformedCredentialsFilter, or 403 on a protected page), and a
     * URI not in normal form (400 from NormalPathFilter, or refused as any unknown caller).
     */
    static boolean forTheMechanism(HttpServletRequest request) {
        if (request.getParameter("state") != null && request.getDispatcherType() != DispatcherType.REQUEST) {
            return false;
        }
        if (BasicCredentials.malformed(request.getHeader("Authorization"))) {
            LibertyBasicAudit.markAsNewAuthentication(request); // for the error page's own pass through security
            return false;
        }
        return RoutedPath.isNormal(request);
    }

    static boolean isCallback(HttpServletRequest request) {
        return "/callback".equals(RoutedPath.of(request)) && RoutedPath.isNormal(request);
    }

    /** The sign-in a callback finishes, if it carries a code and no error, and this browser has one pending. */
    static Optional<PendingSignIn> pendingFor(HttpServletRequest request) {
        if (request.getParameter("error") != null || request.getParameter("state") == null || request.getParameter("code") == null) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE) instanceof PendingSignIn pending
                ? Optional.of(pending) : Optional.empty();
    }

    /**
     * A caller whose shared session holds a sign-in the container does not know (it happened on another cluster
     * member), or whose roles Logto has changed since (SessionRecheck): the container is to learn it.
     */
    static Optional<UserProfile> signedInWithoutTheContainer(HttpServletRequest request) {
        Optional<UserProfile> signedIn = SessionProfile.of(request);
        return signedIn.filter(profile -> request.getUserPrincipal() == null || SessionProfile.takeRolesChanged(request));
    }

    /**
     * Liberty's mechanism evaluates every expression of its definition on each call (a tenth of the server's time for
     * a page view), then does nothing for a request that neither starts a sign-in nor carries a callback's
     * {@code state}, from a visitor who is signed out on a public page or signed in with this session: for the latter
     * it only checks token expiry, which this definition does not act on (no tokenAutoRefresh, no logout on expiry). A
     * caller with the sign-in cookie but no profile in the session (the sign-in ended) skips it too: the mechanism
     * would send them to Logto again from a protected page, where SessionBoundSignInFilter signs them out.
     */
    static boolean nothingForTheMechanism(HttpServletRequest request, HttpMessageContext context) {
        if (request.getParameter("state") != null || context.isAuthenticationRequest()) {
            return false;
        }
        return request.getUserPrincipal() != null || !context.isProtected();
    }
}
