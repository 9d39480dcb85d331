package dev.bookstore.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.LocalLogtoClient;
import dev.bookstore.devprovider.EndpointFault;
import dev.bookstore.logto.control.LogtoBeans;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Why Liberty refused a callback whose code exchange went through, as the app finds out from the local Logto. */
class RefusedCallbackCauseTest {

    private LogtoDouble logto;
    private RefusedCallbackCause cause;

    @BeforeEach
    void start() {
        logto = LogtoDouble.start("127.0.0.1", 0, new LocalLogtoClient("cause-app", "cause-secret",
                Set.of("http://localhost:19581/callback"), Set.of("http://localhost:19581/")));
        LogtoBeans beans = LogtoBeans.of(logto.endpoint(), "cause-app", "cause-secret", "http://localhost:19581");
        cause = new RefusedCallbackCause();
        cause.http = beans.http();
        cause.endpoints = beans.endpoints();
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    @Test
    void aHealthyKeySetMeansTheMechanismFoundFaultWithTheCallback() {
        SignInRefusal refusal = cause.afterCheckedExchange();
        assertEquals(SignInProblem.FAILED, refusal.problem());
        assertTrue(refusal.reason().contains("the mechanism refused"), refusal.reason());
    }

    @Test
    void aFailingKeySetIsAnOutage() {
        logto.faults().endpointFault("/oidc/jwks", EndpointFault.SERVER_ERROR);
        SignInRefusal refusal = cause.afterCheckedExchange();
        assertEquals(SignInProblem.UNAVAILABLE, refusal.problem());
        assertTrue(refusal.reason().contains("HTTP 500"), refusal.reason());
    }
}
