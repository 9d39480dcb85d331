package dev.bookstore.auth.boundary;

import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.web.control.ReturnTo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Step 1 of the sign-in ({@link SignInFlow}): what this browser's sign-in is for, kept in its session until the callback. */
@ApplicationScoped
public class SignInStart {

    /** The request attribute holding the {@link PendingSignIn} that this request sends to Logto (step 2). */
    static final String STARTING_ATTRIBUTE = SignInStart.class.getName() + ".starting";

    @Inject
    Traces traces;

    @Inject
    BookstoreMetrics metrics;

    /** A sign-in asked for at {@code /sign-in} and its kin ({@link SignInServlet}). */
    void begin(HttpServletRequest request, SignInIntent intent, String returnTo) {
        begin(request, intent, returnTo, intent.name().toLowerCase(Locale.ROOT));
    }

    /** A protected page sends the browser to Logto itself: the page is where to bring the user back. */
    void beginForProtectedPage(HttpServletRequest request) {
        begin(request, SignInIntent.SIGN_IN, ReturnTo.of(request), "protected_page");
    }

    private void begin(HttpServletRequest request, SignInIntent intent, String returnTo, String reason) {
        PendingSignIn pending = PendingSignIn.start(intent, returnTo,
                traces.continuedLater("sign-in start", Traces.SIGN_IN_INTENT, reason));
        request.getSession().setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending);
        request.setAttribute(STARTING_ATTRIBUTE, pending);
        metrics.signInStarted(reason);
    }
}
