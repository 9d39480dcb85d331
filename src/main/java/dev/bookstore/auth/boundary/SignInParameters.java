package dev.bookstore.auth.boundary;

import dev.bookstore.auth.control.LogtoConfiguration;
import dev.bookstore.auth.entity.SignInIntent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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

    public String[] getExtraParameters() {
        if (!(request.getAttribute(INTENT_ATTRIBUTE) instanceof SignInIntent intent)) {
            return new String[0];
        }
        List<String> parameters = intent.authorizationParameters(configuration.settings().kakaoTarget());
        return parameters.toArray(String[]::new);
    }
}
