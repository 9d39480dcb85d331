package dev.bookstore.devprovider;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Starts the local Logto with the app when LOCAL_PROVIDER_ENABLED=true (set by the local-provider profile). */
@WebListener
public class LocalLogtoStarter implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(LocalLogtoStarter.class.getName());

    private volatile LocalLogto provider;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        if (!config.getOptionalValue("LOCAL_PROVIDER_ENABLED", String.class).map(Boolean::parseBoolean)
                .orElse(false)) {
            return;
        }
        URI endpoint = URI.create(config.getValue("LOGTO_ENDPOINT", String.class));
        String appBaseUrl = config.getOptionalValue("APP_BASE_URL", String.class).orElse("http://localhost:9080")
                .replaceAll("/+$", "");
        LocalLogtoClient client = new LocalLogtoClient(config.getValue("LOGTO_APP_ID", String.class),
                config.getValue("LOGTO_APP_SECRET", String.class), Set.of(appBaseUrl + "/callback"),
                Set.of(appBaseUrl + "/"));
        String apiResource = config.getOptionalValue("BOOKSTORE_API_RESOURCE", String.class)
                .orElse(LocalLogto.DEFAULT_API_RESOURCE);
        int port = endpoint.getPort() == -1 ? 80 : endpoint.getPort();
        try {
            provider = LocalLogto.start(endpoint.getHost(), port, client, apiResource);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "*** LOCAL LOGTO could not start on " + endpoint + " ***");
            return;
        }
        // Set even when the app has no such endpoint: Logto ignores failed deliveries, and so does the provider.
        provider.backchannelLogoutUri(appBaseUrl + "/backchannel-logout");
        LOG.warning(() -> "*** LOCAL LOGTO: the built-in Logto-compatible provider for local runs is serving "
                + provider.endpoint() + " (demo users: " + demoUsers() + "). Set LOGTO_ENDPOINT, LOGTO_APP_ID and "
                + "LOGTO_APP_SECRET to use a real Logto. Never use this in production. ***");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        LocalLogto running = provider;
        provider = null;
        if (running != null) {
            running.close();
        }
    }

    private static String demoUsers() {
        return DemoUsers.all().stream()
                .map(user -> user.name() + " (" + user.key() + (user.signsInWithKakao() ? ", via Kakao" : "") + ")")
                .collect(Collectors.joining(", "));
    }
}
