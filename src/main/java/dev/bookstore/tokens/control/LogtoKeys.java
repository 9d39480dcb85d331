package dev.bookstore.tokens.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * Logto's signing keys, from its JWKS: cached, refreshed in the background, and fetched again when a
 * token names a key id the cache does not know (key rotation needs no restart).
 */
@ApplicationScoped
public class LogtoKeys {

    @Inject
    LogtoEndpoints endpoints;

    private volatile JWKSource<SecurityContext> keys;

    public JWKSource<SecurityContext> source() throws IOException {
        JWKSource<SecurityContext> known = keys;
        if (known == null) {
            known = JWKSourceBuilder.create(endpoints.jwks().toURL()).retrying(true).build();
            keys = known;
        }
        return known;
    }
}
