package dev.bookstore.logto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.LocalLogtoClient;
import dev.bookstore.devprovider.EndpointFault;
import java.io.IOException;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logto's key set read through the app's own HTTP calls, from the local Logto. */
class KeySetRetrieverTest {

    private LogtoDouble logto;
    private LogtoBeans beans;
    private URL jwks;

    @BeforeEach
    void start() throws Exception {
        logto = LogtoDouble.start("127.0.0.1", 0, new LocalLogtoClient("keys-app", "keys-secret",
                Set.of("http://localhost:19582/callback"), Set.of("http://localhost:19582/")));
        beans = LogtoBeans.of(logto.endpoint(), "keys-app", "keys-secret", "http://localhost:19582");
        jwks = beans.endpoints().jwks().toURL(); // discovery names it
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    @Test
    void theKeySetIsReadAndCountedAsACallToTheJwksEndpoint() throws Exception {
        var resource = new KeySetRetriever(beans.http(), 50_000).retrieveResource(jwks);
        assertTrue(JWKSet.parse(resource.getContent()).getKeys().size() >= 1, resource.getContent());
        assertEquals(java.util.List.of("logto.call discovery 2xx", "logto.call jwks 2xx"), beans.metrics().recorded());
    }

    @Test
    void anErrorAnswerOrAnOversizedKeySetIsAFailedFetch() {
        assertThrows(IOException.class, () -> new KeySetRetriever(beans.http(), 10).retrieveResource(jwks));
        logto.faults().endpointFault("/oidc/jwks", EndpointFault.SERVER_ERROR);
        IOException failed = assertThrows(IOException.class, () -> new KeySetRetriever(beans.http(), 50_000).retrieveResource(jwks));
        assertTrue(failed.getMessage().contains("HTTP 500"), failed.getMessage());
    }
}
