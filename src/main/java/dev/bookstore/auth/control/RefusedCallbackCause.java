package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.logto.control.LogtoEndpoints;
import dev.bookstore.tokens.control.TokenEndpointClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Why Liberty's mechanism refused a callback it had a sign-in for. It answers only a bare 401, whether Logto
 * is down, refuses this app's credentials or the callback itself was bad; so Logto is asked: its token
 * endpoint (with a code it never issued) and its key set. The answer is kept a few seconds (or until a
 * sign-in goes through), so a burst of refused callbacks costs Logto two requests, not two each.
 */
@ApplicationScoped
public class RefusedCallbackCause {

    static final Duration REMEMBERED = Duration.ofSeconds(10);

    private record Finding(SignInProblem problem, String reason, Instant at) {
    }

    @Inject
    TokenEndpointClient tokenEndpoint;

    @Inject
    LogtoEndpoints endpoints;

    @Inject
    HttpCalls http;

    private volatile Finding last;

    public SignInRefusal of(String mechanismReason) {
        Finding known = last;
        if (known == null || known.at().plus(REMEMBERED).isBefore(Instant.now())) {
            known = askLogto();
            last = known;
        }
        return known.problem() == SignInProblem.FAILED ? new SignInRefusal(SignInProblem.FAILED, mechanismReason)
                : new SignInRefusal(known.problem(), known.reason() + " (" + mechanismReason + ")");
    }

    /** A sign-in has just gone through: whatever was found wrong with Logto no longer holds. */
    public void signInSucceeded() {
        last = null;
    }

    private Finding askLogto() {
        try {
            if ("invalid_client".equals(tokenEndpoint.probe())) {
                return new Finding(SignInProblem.MISCONFIGURED, "Logto refused the app's credentials (invalid_client): "
                        + "check LOGTO_APP_ID, LOGTO_APP_SECRET and that the app is a Traditional web application", Instant.now());
            }
            HttpResponse<String> keys = http.send(HttpRequest.newBuilder(endpoints.jwks()).GET());
            if (keys.statusCode() != 200) {
                return new Finding(SignInProblem.UNAVAILABLE, "Logto's key set answered HTTP " + keys.statusCode(), Instant.now());
            }
            return new Finding(SignInProblem.FAILED, null, Instant.now());
        } catch (IOException failing) {
            return new Finding(SignInProblem.UNAVAILABLE, "Logto is failing: " + failing.getMessage(), Instant.now());
        }
    }
}
