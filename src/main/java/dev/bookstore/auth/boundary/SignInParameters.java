package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.AuthorizationProbe;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.ground.entity.AppSettings;
import dev.bookstore.web.control.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;

/** The extra authorization parameters of the sign-in now starting, read by the mechanism per request. */
@Named
@RequestScoped
public class SignInParameters {

    @Inject
    HttpServletRequest request;

    @Inject
    AppConfiguration configuration;

    @Inject
    AuthorizationProbe probe;

    /**
     * Step 2 of the sign-in ({@link SignInFlow}): the intent's prompt, age and first screen; the sign-in's PKCE
     * challenge (Liberty's annotation cannot send one), its nonce (the app's own: the relay checks it before
     * Liberty sees the ID token, so Liberty's is switched off, {@code useNonce = false}) and {@code ui_locales} (the language the Bookstore shows
     * this visitor, so Logto's pages match); and the API resource: Logto
     * issues tokens for a resource on a later refresh only if the sign-in named it. The resource is left out while
     * Logto is known to lack it, as Logto would refuse the sign-in.
     */
    public String[] getExtraParameters() {
        List<String> parameters = new ArrayList<>();
        AppSettings settings = configuration.settings();
        if (request.getAttribute(SignInStart.STARTING_ATTRIBUTE) instanceof PendingSignIn starting) {
            parameters.addAll(starting.intent().authorizationParameters(settings.kakaoTarget(), settings.adminMaxAge()));
            parameters.add("code_challenge=" + starting.proofKey().challenge());
            parameters.add("code_challenge_method=S256");
            parameters.add("nonce=" + starting.nonce());
            parameters.add("ui_locales=" + PageLanguage.of(request).tag()); // Logto's pages in the page's language
        }
        if (probe.asksForApiResource()) {
            parameters.add("resource=" + settings.apiResource());
        }
        return parameters.toArray(String[]::new);
    }
}
