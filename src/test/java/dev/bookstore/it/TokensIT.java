package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.RecordedRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The app's own token component: resource and organization tokens through Logto's refresh_token grant. */
class TokensIT extends BookstoreIT {

    private final Browserless browser = new Browserless();


    private static List<RecordedRequest> refreshes(LogtoDouble logto) {
        return logto.requests("/oidc/token").stream()
                .filter(request -> "refresh_token".equals(request.parameter("grant_type"))).toList();
    }

    private String shelf() {
        HttpResponse<String> shelf = browser.get(ItSettings.url("/shelf"));
        assertEquals(200, shelf.statusCode(), shelf::body);
        return shelf.body();
    }

    @Test
    void theShelfReadsTheCatalogThroughTheApiWithOneTokenForManyViews(LogtoDouble logto) {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        logto.clearRecordedRequests();
        for (int view = 0; view < 5; view++) {
            assertTrue(shelf().contains("채식주의자"));
        }
        List<RecordedRequest> refreshes = refreshes(logto);
        assertEquals(1, refreshes.size());
        assertEquals(logto.apiResource(), refreshes.get(0).parameter("resource"));
    }

    @Test
    void theSignInNamesTheApiResourceSoLogtoAllowsItLater(LogtoDouble logto) {
        HttpResponse<String> toLogto = SignInRoundTrip.start(browser, "/sign-in");
        assertEquals(logto.apiResource(), Browserless.query(Browserless.location(toLogto)).get("resource"));
    }

    @Test
    void anExpiringTokenIsRenewedWithTheNewestRefreshToken(LogtoDouble logto) {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        logto.accessTokenLifetime(Duration.ofSeconds(30));
        logto.clearRecordedRequests();
        for (int view = 0; view < 3; view++) {
            assertTrue(shelf().contains("채식주의자"));
        }
        List<RecordedRequest> refreshes = refreshes(logto);
        assertEquals(3, refreshes.size(), "a token with less than a minute left is not used");
        assertNotEquals(refreshes.get(0).parameter("refresh_token"), refreshes.get(1).parameter("refresh_token"));
        assertNotEquals(refreshes.get(1).parameter("refresh_token"), refreshes.get(2).parameter("refresh_token"));
    }

    @Test
    void parallelRequestsForTheSameTokenMakeOneCallToLogto(LogtoDouble logto) throws Exception {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        logto.clearRecordedRequests();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<String>> views = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(this::shelf, pool)).toList();
            for (CompletableFuture<String> view : views) {
                assertTrue(view.get().contains("채식주의자"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, refreshes(logto).size());
    }

    @Test
    void aGrantEndedAtLogtoAsksTheUserToSignInAgainAndNothingElseBreaks(LogtoDouble logto) {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        logto.faults().refreshTokensInvalid(true);
        String shelf = shelf();
        assertTrue(shelf.contains("id=\"shelf-problem\"") && shelf.contains("id=\"shelf-sign-in-again\""), shelf);
        HttpResponse<String> next = browser.get(ItSettings.url("/profile"));
        assertEquals(302, next.statusCode(), "the next page signs the user out");
        assertEquals("/oidc/session/end", Browserless.location(next).getPath());

        logto.faults().reset();
        HttpResponse<String> callback = SignInRoundTrip.signIn(browser, "/sign-in?returnTo=%2Fshelf", "reader");
        assertEquals(ItSettings.url("/shelf"), Browserless.location(callback).toString());
        assertTrue(shelf().contains("채식주의자"));
    }

    @Test
    void anOrganizationTokenIsObtainedForTheUsersOrganization(LogtoDouble logto) {
        SignInRoundTrip.signIn(browser, "/sign-in", "admin");
        HttpResponse<String> page = browser.get(ItSettings.url("/organizations"));
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("id=\"org-token-org-bookworms-audience\">urn:logto:organization:org-bookworms<"), page::body);
        assertTrue(page.body().contains("id=\"org-token-org-bookworms-scopes\">manage:club-shelf<"), page::body);
        assertTrue(refreshes(logto).stream().anyMatch(request -> "org-bookworms".equals(request.parameter("organization_id"))));
    }

    @Test
    void signOutRevokesTheRefreshTokenAtLogto(LogtoDouble logto) throws Exception {
        SignInRoundTrip.signIn(browser, "/sign-in", "reader");
        shelf();
        logto.clearRecordedRequests();
        browser.post(ItSettings.url("/sign-out"), Map.of(), "Origin", ItSettings.BASE_URL.toString());
        List<RecordedRequest> revocations = logto.requests("/oidc/token/revocation");
        assertEquals(1, revocations.size());
        assertEquals("refresh_token", revocations.get(0).parameter("token_type_hint"));
        Map<String, Object> reuse = ProviderTokens.token(new Browserless(), logto, Map.of("grant_type", "refresh_token",
                "refresh_token", revocations.get(0).parameter("token"), "resource", logto.apiResource()));
        assertEquals("invalid_grant", reuse.get("error"));
    }
}
