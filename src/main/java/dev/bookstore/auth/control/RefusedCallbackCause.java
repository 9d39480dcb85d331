package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.logto.control.LogtoEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Why Liberty's mechanism refused a callback after the relay had redeemed its code and found the ID token good
 * ({@link CodeRelay}). What is left is the mechanism's own reading of Logto's key set (it keeps its own cache, and
 * fetches a new key itself), so that key set is asked. Only a genuine code exchange gets here, so forged callbacks
 * cannot make the app ask Logto anything.
 */
@ApplicationScoped
public class RefusedCallbackCause {

    @Inject
    LogtoEndpoints endpoints;

    @Inject
    HttpCalls http;

    public SignInRefusal afterCheckedExchange() {
        String refused = "the mechanism refused an ID token the relay had checked";
        try {
            HttpResponse<String> keys = http.send(HttpRequest.newBuilder(endpoints.jwks()).GET());
            return keys.statusCode() == 200 ? new SignInRefusal(SignInProblem.FAILED, refused)
                    : new SignInRefusal(SignInProblem.UNAVAILABLE, "Logto's key set answered HTTP " + keys.statusCode() + " (" + refused + ")");
        } catch (IOException failing) {
            return new SignInRefusal(SignInProblem.UNAVAILABLE, "Logto's key set is failing: " + failing.getMessage() + " (" + refused + ")");
        }
    }
}
