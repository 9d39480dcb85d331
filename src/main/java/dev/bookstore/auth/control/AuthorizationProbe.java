package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.AuthorizeVerdict;
import dev.bookstore.auth.entity.AuthorizeVerdict.Kind;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.ground.entity.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks Logto's authorization endpoint, server-side and without following redirects, what it makes of the
 * sign-in request this app sends, before users are sent there. Logto shows a tenant's missing redirect URI
 * or unknown app on its own error page, where the app never hears of it, and it refuses every sign-in that
 * names an API resource it lacks; found here, the first is reported to ops instead of shown to users, and
 * the second is left out of sign-ins until it exists. A good answer is kept ten minutes, a bad one fifteen
 * seconds, and callbacks make it ask again at most every two seconds, so neither users nor forged callbacks make
 * it flood Logto.
 */
@ApplicationScoped
public class AuthorizationProbe {

    private static final Logger LOG = Logger.getLogger(AuthorizationProbe.class.getName());
    private static final Duration KEEP_READY = Duration.ofMinutes(10);
    private static final Duration KEEP_PROBLEM = Duration.ofSeconds(15);
    /** How often callbacks may make the app ask again: forged ones must not make it flood Logto. */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(2);

    @Inject
    TrialAuthorization trial;

    @Inject
    AppConfiguration configuration;

    private volatile AuthorizeVerdict verdict = new AuthorizeVerdict(Kind.UNKNOWN, null, Instant.EPOCH);
    private volatile Instant recheckedAt = Instant.EPOCH;

    /** The verdict, asking Logto first if the one known has run out. */
    public AuthorizeVerdict current() {
        if (verdict.expiredAt(Instant.now())) {
            refresh(false);
        }
        return verdict;
    }

    /** Something Logto answered a user contradicts the verdict: ask again, unless that was just done. */
    public AuthorizeVerdict recheck() {
        refresh(true);
        return verdict;
    }

    /** Whether sign-ins should name the API resource: yes unless Logto is known to lack it (no call to Logto). */
    public boolean asksForApiResource() {
        return verdict.kind() != Kind.API_RESOURCE_MISSING;
    }

    private synchronized void refresh(boolean recheck) {
        Instant now = Instant.now();
        boolean due = recheck ? recheckedAt.plus(RECHECK_AFTER).isBefore(now) : verdict.expiredAt(now);
        if (!due) {
            return;
        }
        if (recheck) {
            recheckedAt = now;
        }
        AuthorizeVerdict previous = verdict;
        verdict = ask(now);
        if (verdict.kind() != previous.kind() || !Objects.equals(verdict.fix(), previous.fix())) {
            report(verdict);
        }
    }

    private AuthorizeVerdict ask(Instant now) {
        AppSettings settings = configuration.settings();
        try {
            Optional<String> error = trial.refusal(settings, true);
            if (error.isPresent() && error.get().equals("invalid_target")) {
                Optional<String> without = trial.refusal(settings, false);
                return without.isEmpty()
                        ? new AuthorizeVerdict(Kind.API_RESOURCE_MISSING, AuthorizeErrors.fix("invalid_target", settings), now.plus(KEEP_PROBLEM))
                        : refused(without.get(), settings, now);
            }
            return error.map(code -> refused(code, settings, now))
                    .orElseGet(() -> new AuthorizeVerdict(Kind.READY, null, now.plus(KEEP_READY)));
        } catch (IOException failing) {
            return new AuthorizeVerdict(Kind.UNKNOWN, "Logto's authorization endpoint could not be asked: "
                    + failing.getMessage(), now.plus(KEEP_PROBLEM));
        }
    }

    /** Logto refused the request: a misconfiguration if only ops can mend it, otherwise nothing the app can tell. */
    private static AuthorizeVerdict refused(String error, AppSettings settings, Instant now) {
        Kind kind = AuthorizeErrors.problem(error) == SignInProblem.MISCONFIGURED
                ? Kind.MISCONFIGURED : Kind.UNKNOWN;
        return new AuthorizeVerdict(kind, AuthorizeErrors.fix(error, settings), now.plus(KEEP_PROBLEM));
    }

    private static void report(AuthorizeVerdict verdict) {
        switch (verdict.kind()) {
            case READY -> LOG.info("Logto accepts this app's sign-in request (app, redirect URI, scopes, API resource)");
            case API_RESOURCE_MISSING, MISCONFIGURED -> LOG.severe(() -> "Sign-in is not set up in Logto: " + verdict.fix());
            case UNKNOWN -> LOG.log(Level.WARNING, verdict::fix);
        }
    }
}
