package dev.bookstore.sessions.boundary;

import dev.bookstore.sessions.control.SessionRecheck;
import dev.bookstore.sessions.control.IdentityRecheck.Finding;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.control.AccessTokens;
import dev.bookstore.web.control.ReturnTo;
import dev.bookstore.web.control.RoutedPath;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Keeps a live session true to Logto ({@link SessionRecheck}). A periodic check runs beside the request: the page
 * in flight is rendered with the state it has, and what Logto said is stored in the session before the request
 * ends (so every cluster member sees it), so such a request takes as long as the slower of the two, never their
 * sum. A change Logto announced by webhook is checked before the page, so the page already shows it. A grant Logto
 * ended leaves the session without its sign-in: its next request is signed out ({@code SessionBoundSignInFilter}).
 * Mapped in web.xml, which orders it among the session filters.
 */
public class SessionRecheckFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SessionRecheckFilter.class.getName());
    /** Pages only: no check for the sign-in routes, the API (bearer tokens), Logto's calls or static resources. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(callback|sign-in(/.*)?|sign-up|sign-out|backchannel-logout|logto-webhook|internal/.*|health/.*|api/.*|"
            + "jakarta\\.faces\\.resource/.*|favicon\\.ico)$");

    @Inject
    SessionRecheck recheck;

    @Inject
    AccessTokens tokens;

    @Inject
    AppConfiguration configuration;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Optional<UserProfile> profile = SessionProfile.of(request);
        if (session == null || profile.isEmpty() || request.getUserPrincipal() == null || NOT_A_PAGE.matcher(RoutedPath.of(request)).matches()) {
            chain.doFilter(request, response);
            return;
        }
        boolean announced = recheck.announced(session, profile.get());
        Optional<CompletableFuture<Finding>> running = announced || recheck.due(session, profile.get())
                ? recheck.start(session, profile.get()) : Optional.empty();
        if (running.isEmpty()) {
            chain.doFilter(request, response);
        } else if (announced) {
            tokens.forgetAccessTokens(session); // what a role grants may be what changed
            boolean goesOn = apply(session, await(running.get()));
            recheck.finished(session, profile.get(), running.get());
            if (goesOn || response.isCommitted()) {
                chain.doFilter(request, response);
            } else {
                // the sign-in has ended: the same page again, which signs out
                response.sendRedirect(request.getContextPath() + ReturnTo.of(request));
            }
        } else {
            try {
                chain.doFilter(request, response);
            } finally {
                apply(session, await(running.get()));
                recheck.finished(session, profile.get(), running.get());
            }
        }
    }

    /** @return whether the sign-in goes on */
    private boolean apply(HttpSession session, Finding finding) {
        if (finding instanceof Finding.Current current && current.changed()) {
            if (SessionProfile.replace(session, current.profile())) {
                tokens.forgetAccessTokens(session); // their scopes came from the roles the user had
            }
        } else if (finding instanceof Finding.GrantEnded ended) {
            session.removeAttribute(UserProfile.SESSION_ATTRIBUTE);
            LOG.info(() -> "A sign-in ended at Logto (" + ended.reason() + "); its next request signs out");
            return false;
        }
        return true;
    }

    private Finding await(CompletableFuture<Finding> running) {
        Duration bound = configuration.settings().timeout().multipliedBy(2).plusSeconds(1);
        try {
            return running.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException failed) {
            return new Finding.Unknown("the check did not finish: " + failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Finding.Unknown("interrupted");
        }
    }
}
