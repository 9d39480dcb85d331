package dev.bookstore.logto.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * Logto's signing keys, from its JWKS: cached, refreshed in the background, and fetched again when a
 * token names a key id the cache does not know (key rotation needs no restart). Fetches go through the app's
 * own HTTP calls ({@link KeySetRetriever}: at most {@code LOGTO_TIMEOUT}, counted, traced).
 */
@ApplicationScoped
public class LogtoKeys {

    /** Nimbus's own limit for a key set document. */
    private static final int JWKS_SIZE_LIMIT = JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT;

    @Inject
    LogtoEndpoints endpoints;

    @Inject
    HttpCalls http;

    private volatile JWKSource<SecurityContext> forAnyone;
    private volatile JWKSource<SecurityContext> forLogtosAnswers;

    /**
     * For tokens anyone can send (API calls, back-channel logouts): an unknown key id fetches the key set again at
     * most twice in each 30 s (Nimbus's rate limit), so forged key ids cannot make the app flood Logto.
     */
    public JWKSource<SecurityContext> source() throws IOException {
        JWKSource<SecurityContext> known = forAnyone;
        if (known == null) {
            synchronized (this) { // one source, one rate limit: a first burst of tokens must not build one each
                known = forAnyone;
                if (known == null) {
                    known = builder().build();
                    forAnyone = known;
                }
            }
        }
        return known;
    }

    /**
     * For tokens Logto's own token endpoint has just answered the app with: their unknown key id is a rotation at
     * Logto, never an attacker's, so the key set is fetched again every time one arrives.
     */
    public JWKSource<SecurityContext> sourceForLogtosAnswers() throws IOException {
        JWKSource<SecurityContext> known = forLogtosAnswers;
        if (known == null) {
            known = builder().rateLimited(false).build();
            forLogtosAnswers = known;
        }
        return known;
    }

    private JWKSourceBuilder<SecurityContext> builder() throws IOException {
        return JWKSourceBuilder.<SecurityContext>create(endpoints.jwks().toURL(),
                new KeySetRetriever(http, JWKS_SIZE_LIMIT)).retrying(true);
    }
}
