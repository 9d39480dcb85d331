package dev.bookstore.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.entity.AuthorizeVerdict;
import dev.bookstore.auth.entity.AuthorizeVerdict.Kind;
import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.LocalLogtoClient;
import dev.bookstore.devprovider.EndpointFault;
import dev.bookstore.logto.control.LogtoBeans;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the app concludes from Logto's answer to its sign-in request, asked of the local Logto over HTTP. */
class AuthorizationProbeTest {

    private static final String BASE_URL = "http://localhost:19580";

    private LogtoDouble logto;
    private AuthorizationProbe probe;

    @BeforeEach
    void start() {
        logto = LogtoDouble.start("127.0.0.1", 0, new LocalLogtoClient("probe-app", "probe-secret",
                Set.of(BASE_URL + "/callback"), Set.of(BASE_URL + "/")));
        probe = probeFor("probe-app");
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    private AuthorizationProbe probeFor(String appId) {
        LogtoBeans beans = LogtoBeans.of(logto.endpoint(), appId, "probe-secret", BASE_URL);
        AuthorizationProbe probe = new AuthorizationProbe();
        TrialAuthorization trial = new TrialAuthorization();
        trial.http = beans.http();
        trial.endpoints = beans.endpoints();
        probe.trial = trial;
        probe.configuration = beans.configuration();
        return probe;
    }

    @Test
    void aTenantSetUpForTheAppIsReadyAndKeptWithoutAskingAgain() {
        assertEquals(Kind.READY, probe.current().kind());
        int asked = logto.requests("/oidc/auth").size();
        probe.current();
        assertEquals(asked, logto.requests("/oidc/auth").size(), "a good answer is kept");
        assertTrue(probe.asksForApiResource());
    }

    @Test
    void aMissingApiResourceIsLeftOutOfSignInsAndNamedWithTheSetting() {
        logto.faults().apiResourceMissing(true);
        AuthorizeVerdict verdict = probe.current();
        assertEquals(Kind.API_RESOURCE_MISSING, verdict.kind());
        assertFalse(probe.asksForApiResource());
        assertTrue(verdict.fix().contains("BOOKSTORE_API_RESOURCE") && verdict.fix().contains("https://api.bookstore.example"), verdict.fix());
    }

    @Test
    void anUnregisteredRedirectUriOrUnknownAppIsMisconfigurationNamingTheFix() {
        logto.faults().redirectUrisUnregistered(true);
        AuthorizeVerdict redirect = probe.current();
        assertEquals(Kind.MISCONFIGURED, redirect.kind());
        assertTrue(redirect.fix().contains(BASE_URL + "/callback") && redirect.fix().contains("Redirect URIs"), redirect.fix());

        AuthorizeVerdict unknownApp = probeFor("no-such-app").current();
        assertEquals(Kind.MISCONFIGURED, unknownApp.kind());
        assertTrue(unknownApp.fix().contains("invalid_client") && unknownApp.fix().contains("LOGTO_APP_ID"), unknownApp.fix());
    }

    @Test
    void aFailingLogtoIsNeitherReadyNorBlamedOnTheSetUp() {
        logto.faults().endpointFault("/oidc/auth", EndpointFault.SERVER_ERROR);
        assertEquals(Kind.UNKNOWN, probe.current().kind());
        assertTrue(probe.asksForApiResource(), "sign-ins go ahead as usual");
    }

    @Test
    void rechecksComeAtMostEveryFewSecondsWhateverCallbacksClaim() {
        probe.current();
        probe.recheck();
        int asked = logto.requests("/oidc/auth").size();
        for (int forged = 0; forged < 20; forged++) {
            probe.recheck();
        }
        assertEquals(asked, logto.requests("/oidc/auth").size(), "a burst of forged callbacks costs Logto nothing more");
    }
}
