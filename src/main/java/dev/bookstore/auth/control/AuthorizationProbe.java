package dev.bookstore.auth.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.bookstore.auth.entity.AuthorizeVerdict;
import dev.bookstore.auth.entity.AuthorizeVerdict.Kind;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.logto.control.LogtoConfiguration;
import dev.bookstore.logto.control.LogtoEndpoints;
import dev.bookstore.logto.entity.LogtoSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpCalls http;

    @Inject
    LogtoEndpoints endpoints;

    @Inject
    LogtoConfiguration configuration;

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
        LogtoSettings settings = configuration.settings();
        try {
            Optional<String> error = refusal(settings, true);
            if (error.isPresent() && error.get().equals("invalid_target")) {
                Optional<String> without = refusal(settings, false);
                return without.isEmpty()
                        ? new AuthorizeVerdict(Kind.API_RESOURCE_MISSING, AuthorizeErrors.fix("invalid_target", settings), now.plus(KEEP_PROBLEM))
                        : misconfigured(without.get(), settings, now);
            }
            return error.map(code -> misconfigured(code, settings, now))
                    .orElseGet(() -> new AuthorizeVerdict(Kind.READY, null, now.plus(KEEP_READY)));
        } catch (IOException failing) {
            return new AuthorizeVerdict(Kind.UNKNOWN, "Logto's authorization endpoint could not be asked: "
                    + failing.getMessage(), now.plus(KEEP_PROBLEM));
        }
    }

    private static AuthorizeVerdict misconfigured(String error, LogtoSettings settings, Instant now) {
        Kind kind = AuthorizeErrors.problem(error) == SignInProblem.MISCONFIGURED
                ? Kind.MISCONFIGURED : Kind.UNKNOWN;
        return new AuthorizeVerdict(kind, AuthorizeErrors.fix(error, settings), now.plus(KEEP_PROBLEM));
    }

    /**
     * The error Logto answers the app's sign-in request with, if any: on a redirect to the app's callback, or in
     * its own 400 answer (an unknown app, an unregistered redirect URI). A redirect anywhere else is to Logto's
     * sign-in screen (Logto's answer; a provider may also show it at once): the request is good.
     */
    private Optional<String> refusal(LogtoSettings settings, boolean withApiResource) throws IOException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(request(settings, withApiResource)).GET());
        int status = answer.statusCode();
        if (status >= 300 && status < 400) {
            String location = answer.headers().firstValue("Location").orElse("");
            return location.startsWith(settings.redirectUri() + "?") ? QueryParameter.of(URI.create(location), "error")
                    : Optional.empty();
        }
        if (status < 300) {
            return Optional.empty(); // Logto's sign-in screen, shown at once
        }
        if (status >= 500) {
            throw new IOException("Logto's authorization endpoint answered HTTP " + status);
        }
        try {
            // Logto answers itself, with JSON, what it must not send to a redirect URI it cannot trust.
            if (JSONObjectUtils.parse(answer.body()).get("error") instanceof String error) {
                return Optional.of(error);
            }
        } catch (ParseException notJson) {
            // reported below
        }
        throw new IOException("Logto's authorization endpoint answered HTTP " + status + " without naming the problem");
    }

    private URI request(LogtoSettings settings, boolean withApiResource) throws IOException {
        List<String> query = new ArrayList<>(List.of("client_id=" + HttpCalls.formEncode(settings.appId()),
                "redirect_uri=" + HttpCalls.formEncode(settings.redirectUri()), "response_type=code",
                "scope=" + HttpCalls.formEncode(String.join(" ", settings.scopes())), "prompt=consent",
                "state=probe-" + random(), "nonce=" + random()));
        if (withApiResource) {
            query.add("resource=" + HttpCalls.formEncode(settings.apiResource()));
        }
        return URI.create(endpoints.authorization() + "?" + String.join("&", query));
    }

    private static String random() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void report(AuthorizeVerdict verdict) {
        switch (verdict.kind()) {
            case READY -> LOG.info("Logto accepts this app's sign-in request (app, redirect URI, scopes, API resource)");
            case API_RESOURCE_MISSING, MISCONFIGURED -> LOG.severe(() -> "Sign-in is not set up in Logto: " + verdict.fix());
            case UNKNOWN -> LOG.log(Level.WARNING, verdict::fix);
        }
    }
}
