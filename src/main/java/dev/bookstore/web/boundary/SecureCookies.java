package dev.bookstore.web.boundary;

import dev.bookstore.ground.control.AppConfiguration;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure whenever users reach the app over https (APP_BASE_URL). The sign-in (SSO)
 * cookie is Liberty's: it follows SESSION_COOKIE_SECURE, which the app refuses to start without behind an https
 * base URL (SettingsReader).
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Inject
    AppConfiguration configuration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (configuration.settings().secure()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
