package dev.bookstore.auth.boundary;

import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.ground.entity.AppSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** How this app is connected to Logto, for administrators; never the secret. */
@Named
@RequestScoped
public class LogtoConnectionView {

    @Inject
    AppConfiguration configuration;

    public String getEndpoint() {
        return settings().endpoint().toString();
    }

    public String getAppId() {
        return settings().appId();
    }

    public String getRedirectUri() {
        return settings().redirectUri();
    }

    public String getPostLogoutRedirectUri() {
        return settings().postLogoutRedirectUri();
    }

    public String getScopes() {
        return String.join(" ", settings().scopes());
    }

    public String getKakaoTarget() {
        return settings().kakaoTarget();
    }

    private AppSettings settings() {
        return configuration.settings();
    }
}
