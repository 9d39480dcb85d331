package dev.bookstore.web.boundary;

import dev.bookstore.logto.control.LogtoConfiguration;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Marks the session cookie Secure whenever users reach the app over https (APP_BASE_URL), so nobody has
 * to remember a second setting. The sign-in (SSO) cookie is Liberty's: it follows SESSION_COOKIE_SECURE,
 * and a warning says so when that is off behind an https base URL.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());

    @Inject
    LogtoConfiguration configuration;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = configuration.settings().secure();
        if (https) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            if (!configuration.settings().sessionCookieSecure()) {
                LOG.warning("APP_BASE_URL is https but SESSION_COOKIE_SECURE is not true: "
                        + "set it so that Liberty's sign-in cookie is sent over https only");
            }
        }
    }
}
