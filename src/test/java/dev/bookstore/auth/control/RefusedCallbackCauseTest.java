package dev.bookstore.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.devprovider.LocalLogto;
import dev.bookstore.devprovider.LocalLogtoClient;
import dev.bookstore.devprovider.ProviderFaults.EndpointFault;
import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.tokens.control.TokenEndpointClients;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Why Liberty refused a callback, as the app finds out by asking the local Logto over HTTP. */
class RefusedCallbackCauseTest {

    private LocalLogto logto;
    private RefusedCallbackCause cause;

    @BeforeEach
    void start() {
        logto = LocalLogto.start("127.0.0.1", 0, new LocalLogtoClient("cause-app", "cause-secret",
                Set.of("http://localhost:19581/callback"), Set.of("http://localhost:19581/")));
        LogtoBeans beans = LogtoBeans.of(logto.endpoint(), "cause-app", "cause-secret", "http://localhost:19581");
        cause = new RefusedCallbackCause();
        cause.http = beans.http();
        cause.endpoints = beans.endpoints();
        cause.tokenEndpoint = TokenEndpointClients.of(beans);
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    @Test
    void aHealthyLogtoMeansTheCallbackItselfWasBad() {
        SignInRefusal refusal = cause.of("state unknown");
        assertEquals(SignInProblem.FAILED, refusal.problem());
        assertEquals("state unknown", refusal.reason());
    }

    @Test
    void refusedCredentialsAreMisconfigurationNamingTheSettings() {
        logto.faults().clientSecretRotated(true);
        SignInRefusal refusal = cause.of("token exchange failed");
        assertEquals(SignInProblem.MISCONFIGURED, refusal.problem());
        assertTrue(refusal.reason().contains("LOGTO_APP_SECRET") && refusal.reason().contains("invalid_client"), refusal.reason());
    }

    @Test
    void aFailingTokenEndpointOrKeySetIsAnOutage() {
        logto.faults().endpointFault("/oidc/token", EndpointFault.SERVER_ERROR);
        assertEquals(SignInProblem.UNAVAILABLE, cause.of("token exchange failed").problem());
        cause.signInSucceeded();
        logto.faults().reset();
        logto.faults().endpointFault("/oidc/jwks", EndpointFault.SERVER_ERROR);
        assertEquals(SignInProblem.UNAVAILABLE, cause.of("no key").problem());
    }

    @Test
    void aBurstOfRefusedCallbacksAsksLogtoOnce() {
        cause.of("first");
        int asked = logto.requests().size();
        for (int forged = 0; forged < 20; forged++) {
            cause.of("forged");
        }
        assertEquals(asked, logto.requests().size(), "the finding is kept a few seconds");
    }
}
