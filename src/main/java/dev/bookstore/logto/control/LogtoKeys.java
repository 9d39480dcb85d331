package dev.bookstore.logto.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import dev.bookstore.logto.control.LogtoConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * Logto's signing keys, from its JWKS: cached, refreshed in the background, and fetched again when a
 * token names a key id the cache does not know (key rotation needs no restart). Fetches wait at most
 * {@code LOGTO_TIMEOUT}.
 */
@ApplicationScoped
public class LogtoKeys {

    /** Nimbus's own limit for a key set document. */
    private static final int JWKS_SIZE_LIMIT = JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT;

    @Inject
    LogtoEndpoints endpoints;

    @Inject
    LogtoConfiguration configuration;

    private volatile JWKSource<SecurityContext> keys;

    public JWKSource<SecurityContext> source() throws IOException {
        JWKSource<SecurityContext> known = keys;
        if (known == null) {
            int timeoutMillis = (int) configuration.settings().timeout().toMillis();
            known = JWKSourceBuilder.create(endpoints.jwks().toURL(),
                    new DefaultResourceRetriever(timeoutMillis, timeoutMillis, JWKS_SIZE_LIMIT)).retrying(true).build();
            keys = known;
        }
        return known;
    }
}
