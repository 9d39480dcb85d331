package dev.bookstore.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bookstore.devprovider.LocalLogtoHarness;
import dev.bookstore.devprovider.ResourceFlow;
import dev.bookstore.logto.control.LogtoBeans;
import dev.bookstore.tokens.entity.IssuedToken;
import dev.bookstore.tokens.entity.UserTokens;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** API and organization access tokens: cached per audience in the session, one refresh at a time per session. */
class AccessTokensTest {

    private static final String SCOPES = "openid offline_access read:books urn:logto:scope:organizations";

    @RegisterExtension
    final LocalLogtoHarness logto = new LocalLogtoHarness();

    private AccessTokens tokens;
    private HttpSession session;

    @BeforeEach
    void signIn() {
        LogtoBeans beans = LogtoBeans.of(logto.provider().endpoint(), LocalLogtoHarness.CLIENT_ID,
                LocalLogtoHarness.CLIENT_SECRET, "http://localhost:9080");
        tokens = new AccessTokens();
        tokens.logto = TokenEndpointClients.of(beans);
        tokens.configuration = beans.configuration();
        session = sessionHolding(UserTokens.of((String) ResourceFlow.signIn(logto, "kakao", SCOPES).get("refresh_token")));
        logto.provider().clearRecordedRequests();
    }

    @Test
    void anApiTokenIsAskedForOnceWhileItIsFresh() throws Exception {
        IssuedToken first = tokens.forApi(session);
        IssuedToken second = tokens.forApi(session);
        assertEquals(first, second);
        assertEquals(1, refreshes());
        assertEquals(List.of("https://api.bookstore.example"), List.copyOf(userTokens().byAudience().keySet()));
    }

    @Test
    void eachAudienceHasItsOwnToken() throws Exception {
        IssuedToken api = tokens.forApi(session);
        IssuedToken organization = tokens.forOrganization(session, "org-seoul-readers", false);
        assertNotEquals(api.value(), organization.value());
        assertEquals(organization, tokens.forOrganization(session, "org-seoul-readers", false));
        assertEquals(2, refreshes());
    }

    @Test
    void anOrganizationTokenAskedForAfreshIsAskedOfLogtoAndKept() throws Exception {
        IssuedToken cached = tokens.forOrganization(session, "org-seoul-readers", false);
        IssuedToken fresh = tokens.forOrganization(session, "org-seoul-readers", true);
        assertNotEquals(cached.value(), fresh.value());
        assertEquals(2, refreshes());
        assertEquals(fresh, tokens.forOrganization(session, "org-seoul-readers", false));
    }

    @Test
    void aTokenAboutToExpireIsReplacedAndTheRotatedRefreshTokenKept() throws Exception {
        logto.provider().accessTokenLifetime(Duration.ofSeconds(30)); // inside the minute of margin
        String before = userTokens().refreshToken();
        IssuedToken first = tokens.forApi(session);
        assertNotEquals(before, userTokens().refreshToken(), "Logto rotates the refresh token");
        IssuedToken second = tokens.forApi(session);
        assertNotEquals(first.value(), second.value());
        assertEquals(2, refreshes(), "the second refresh used the rotated token, or it would have failed");
    }

    @Test
    void parallelRequestsForOneTokenCostOneRefresh() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<IssuedToken>> asked = pool.invokeAll(Collections.nCopies(16, () -> tokens.forApi(session)));
            IssuedToken first = asked.get(0).get();
            for (Future<IssuedToken> each : asked) {
                assertEquals(first, each.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, refreshes());
    }

    @Test
    void aRefreshTokenLogtoNoLongerAcceptsMeansSignInAgainAndLeavesTheSession() {
        logto.provider().faults().refreshTokensInvalid(true);
        assertThrows(SignInAgainException.class, () -> tokens.forApi(session));
        assertNull(session.getAttribute(UserTokens.SESSION_ATTRIBUTE));
        assertThrows(SignInAgainException.class, () -> tokens.forApi(session), "no refresh token, no call to Logto");
        assertEquals(1, refreshes());
    }

    private int refreshes() {
        return logto.provider().requests("/oidc/token").size();
    }

    private UserTokens userTokens() {
        return (UserTokens) session.getAttribute(UserTokens.SESSION_ATTRIBUTE);
    }

    /** The HttpSession calls AccessTokens makes (id and attributes), on a map: the servlet container's part. */
    private static HttpSession sessionHolding(UserTokens initial) {
        Map<String, Object> attributes = new ConcurrentHashMap<>(Map.of(UserTokens.SESSION_ATTRIBUTE, initial));
        return (HttpSession) Proxy.newProxyInstance(AccessTokensTest.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getId" -> "session-1";
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "setAttribute" -> {
                        attributes.put((String) arguments[0], arguments[1]);
                        yield null;
                    }
                    case "removeAttribute" -> {
                        attributes.remove((String) arguments[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
