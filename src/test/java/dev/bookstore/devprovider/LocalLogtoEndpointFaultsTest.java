package dev.bookstore.devprovider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Endpoints a test makes fail, to see how the client copes with a provider that errs or does not answer. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LocalLogtoEndpointFaultsTest {

    private static final String TOKEN = "/oidc/token";
    private static final String DISCOVERY = "/oidc/.well-known/openid-configuration";
    private static final String JWKS = "/oidc/jwks";
    private static final Map<String, String> UNKNOWN_CODE = Map.of("grant_type", "authorization_code",
            "code", "no-such-code", "redirect_uri", "http://localhost:9080/callback");

    private final FaultTestProvider logto = new FaultTestProvider();

    @AfterEach
    void stop() {
        logto.close();
    }

    @Test
    void serverErrorOnTheTokenEndpointAnswers500AndIsStillRecorded() {
        logto.provider.faults().endpointFault(TOKEN, EndpointFault.SERVER_ERROR);

        HttpResponse<String> response = logto.token(UNKNOWN_CODE);

        assertEquals(500, response.statusCode());
        assertEquals(Map.of("error", "server_error"), FaultTestProvider.json(response));
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        List<RecordedRequest> recorded = logto.provider.requests(TOKEN);
        assertEquals(1, recorded.size());
        assertEquals("no-such-code", recorded.get(0).parameter("code"));
        assertEquals(200, logto.get(DISCOVERY).statusCode(), "other endpoints are unaffected");
    }

    @Test
    void serverErrorWorksOnDiscoveryAndJwksToo() {
        logto.provider.faults().endpointFault(DISCOVERY, EndpointFault.SERVER_ERROR);
        logto.provider.faults().endpointFault(JWKS, EndpointFault.SERVER_ERROR);

        assertEquals(500, logto.get(DISCOVERY).statusCode());
        assertEquals(500, logto.get(JWKS).statusCode());
        assertEquals(1, logto.provider.requests(DISCOVERY).size());
        assertEquals(1, logto.provider.requests(JWKS).size());
    }

    @Test
    void aNullFaultAndResetRestoreTheEndpoint() {
        logto.provider.faults().endpointFault(TOKEN, EndpointFault.SERVER_ERROR);
        logto.provider.faults().endpointFault(TOKEN, null);
        assertEquals(400, logto.token(UNKNOWN_CODE).statusCode(), "the endpoint answers as usual again");

        logto.provider.faults().endpointFault(TOKEN, EndpointFault.HANG);
        logto.provider.faults().endpointFault(JWKS, EndpointFault.SERVER_ERROR);
        logto.provider.faults().reset();
        assertEquals(400, logto.token(UNKNOWN_CODE).statusCode());
        assertEquals(200, logto.get(JWKS).statusCode());
    }

    @Test
    void aHangingTokenEndpointTimesOutAClientWithAOneSecondTimeout() {
        logto.provider.faults().endpointFault(TOKEN, EndpointFault.HANG);
        HttpRequest request = logto.tokenRequest(UNKNOWN_CODE).timeout(Duration.ofSeconds(1)).build();

        long started = System.nanoTime();
        assertThrows(HttpTimeoutException.class,
                () -> logto.http().send(request, HttpResponse.BodyHandlers.ofString()));

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
        assertEquals(1, logto.provider.requests(TOKEN).size(), "the hanging request is recorded");
    }

    @Test
    void hangingRequestsLeaveTheOtherEndpointsServing() throws Exception {
        logto.provider.faults().endpointFault(TOKEN, EndpointFault.HANG);
        List<CompletableFuture<HttpResponse<String>>> hanging = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hanging.add(sendAsync(logto.tokenRequest(UNKNOWN_CODE).build()));
        }
        awaitRecorded(TOKEN, 6);

        HttpRequest discovery = logto.request(DISCOVERY).timeout(Duration.ofSeconds(2)).GET().build();
        assertEquals(200, logto.http().send(discovery, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(1, logto.jwks().getKeys().size());
        assertTrue(hanging.stream().noneMatch(CompletableFuture::isDone), "the token requests still hang");
    }

    @Test
    void closeReturnsPromptlyWhileARequestHangs() throws Exception {
        logto.provider.faults().endpointFault(TOKEN, EndpointFault.HANG);
        CompletableFuture<HttpResponse<String>> hanging = sendAsync(logto.tokenRequest(UNKNOWN_CODE).build());
        awaitRecorded(TOKEN, 1);

        long started = System.nanoTime();
        logto.close();

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(3)) < 0,
                "close() does not wait for the hang");
        try {
            hanging.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException expected) {
            // the connection was closed under the request: that is an answer too
        }
    }

    private CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return logto.http().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private void awaitRecorded(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (logto.provider.requests(path).size() < count) {
            assertTrue(System.nanoTime() < deadline, "the requests did not arrive");
            Thread.sleep(20);
        }
    }
}
