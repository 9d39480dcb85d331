package dev.bookstore.it;

import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.LocalLogtoClient;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the local Logto once for the whole IT run, on the port the IT server's settings point at, and
 * hands it to tests as a parameter; resets what a test switched on after each test. It is stopped when
 * the run ends (root store resource).
 */
public class LocalLogtoExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    private record Running(LogtoDouble provider) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            provider.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        provider(context);
    }

    /** Whatever a test switched on at the provider is switched off for the next one. */
    @Override
    public void afterEach(ExtensionContext context) {
        LogtoDouble logto = provider(context);
        logto.faults().reset();
        logto.accessTokenLifetime(Duration.ofHours(1));
        logto.backchannelLogoutUri(null);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LogtoDouble.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return provider(context);
    }

    private static LogtoDouble provider(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(LogtoDouble.class, key -> new Running(startLocalLogto()), Running.class)
                .provider();
    }

    private static LogtoDouble startLocalLogto() {
        LocalLogtoClient client = new LocalLogtoClient(ItSettings.CLIENT_ID, ItSettings.CLIENT_SECRET,
                Set.of(ItSettings.url("/callback"), ItSettings.PROXIED_BASE_URL + "/callback"),
                Set.of(ItSettings.url("/"), ItSettings.PROXIED_BASE_URL + "/"));
        return LogtoDouble.start("127.0.0.1", ItSettings.PROVIDER_PORT, client);
    }
}
