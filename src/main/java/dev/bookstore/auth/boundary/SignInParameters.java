package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.AuthorizationProbe;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.logto.control.LogtoConfiguration;
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

    static final String INTENT_ATTRIBUTE = SignInIntent.class.getName();

    @Inject
    HttpServletRequest request;

    @Inject
    LogtoConfiguration configuration;

    @Inject
    AuthorizationProbe probe;

    /**
     * The intent's first screen, and the API resource: Logto issues tokens for a resource on a later refresh
     * only if the sign-in named it. Left out while Logto is known to lack it, as Logto would refuse the sign-in.
     */
    public String[] getExtraParameters() {
        List<String> parameters = new ArrayList<>();
        if (request.getAttribute(INTENT_ATTRIBUTE) instanceof SignInIntent intent) {
            parameters.addAll(intent.authorizationParameters(configuration.settings().kakaoTarget()));
        }
        if (probe.asksForApiResource()) {
            parameters.add("resource=" + configuration.settings().apiResource());
        }
        return parameters.toArray(String[]::new);
    }
}
