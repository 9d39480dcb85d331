package dev.bookstore.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.bookstore.auth.entity.ExchangeResult;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.ProofKey;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.devprovider.DemoUsers;
import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.LocalLogtoClient;
import dev.bookstore.devprovider.RecordedRequest;
import dev.bookstore.ground.control.TraceParent;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.logto.control.LogtoBeans;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Step 4, the token relay, against the local Logto over real HTTP: codes obtained as a browser obtains them, posted
 * to the relay as Liberty's mechanism posts them, redeemed at Logto with the sign-in's verifier, the ID token checked.
 */
class CodeRelayTest {

    private static final String APP = "relay-app";
    private static final String SECRET = "relay-secret:with/odd&chars";
    private static final String BASE_URL = "http://localhost:19585";
    private static final String REDIRECT_URI = BASE_URL + "/callback";

    private LogtoDouble logto;
    private LogtoBeans beans;
    private CodeExchanges exchanges;
    private CodeRelay relay;

    @BeforeEach
    void start() {
        logto = LogtoDouble.start("127.0.0.1", 0, new LocalLogtoClient(APP, SECRET, Set.of(REDIRECT_URI), Set.of(BASE_URL + "/")));
        relay = relayTo(logto.endpoint(), Traces.using(OpenTelemetry.noop()));
    }

    @AfterEach
    void stop() {
        if (logto != null) {
            logto.close();
        }
    }

    private CodeRelay relayTo(String endpoint, Traces traces) {
        beans = LogtoBeans.of(endpoint, APP, SECRET, BASE_URL);
        exchanges = new CodeExchanges();
        CodeRelay wired = new CodeRelay();
        wired.exchanges = exchanges;
        wired.endpoints = beans.endpoints();
        wired.http = beans.http();
        wired.idTokens = HandWiredVerifier.idTokenCheck(beans);
        wired.traces = traces;
        return wired;
    }

    @Test
    void aGoodCodeIsRedeemedWithItsSignInsVerifierAndTheCheckedClaimsGoToTheCallback() throws Exception {
        PendingSignIn pending = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
        String code = codeFor(pending);
        try (CodeExchange exchange = exchanges.expect(code, pending, null)) {
            CodeRelay.Answer answer = relay.redeem(fromTheMechanism(code, "a-verifier-the-mechanism-made-up"), basic(APP, SECRET));

            assertEquals(200, answer.status(), answer.body());
            assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
            Map<String, Object> logtos = JSONObjectUtils.parse(answer.body());
            assertTrue(logtos.get("id_token") instanceof String, "the mechanism gets Logto's answer to check again: " + logtos.keySet());
            ExchangeResult result = exchange.result().orElseThrow();
            assertFalse(result.isRefused(), result.toString());
            assertEquals(DemoUsers.READER.subject(), result.idTokenClaims().get("sub"));
            assertEquals(pending.nonce(), result.idTokenClaims().get("nonce"));
            assertEquals(APP, audience(result.idTokenClaims()));
            assertEquals(logtos.get("access_token"), result.accessToken());
            assertEquals(logtos.get("refresh_token"), result.refreshToken());
            assertTrue(result.refreshToken() != null, "offline_access with prompt=consent brings a refresh token");
        }
        RecordedRequest atLogto = logto.requests("/oidc/token").get(0);
        assertEquals(List.of(pending.proofKey().verifier()), atLogto.parameters().get("code_verifier"),
                "the sign-in's own verifier, in place of whatever the mechanism sent");
        assertEquals(basic(APP, SECRET), atLogto.header("Authorization"), "the mechanism's client authentication goes along");
    }

    @Test
    void aSignInWithoutTheAppsOwnNonceIsRefusedForLibertyChecksNone() throws Exception {
        PendingSignIn sentToLogto = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
        String code = codeFor(sentToLogto);
        PendingSignIn noNonce = new PendingSignIn(SignInIntent.SIGN_IN, "/", sentToLogto.proofKey(), null, Instant.now(), null);
        try (CodeExchange exchange = exchanges.expect(code, noNonce, null)) {
            CodeRelay.Answer answer = relay.redeem(fromTheMechanism(code, null), basic(APP, SECRET));

            assertEquals(400, answer.status());
            assertEquals("invalid_grant", error(answer));
            assertFalse(answer.body().contains("eyJ"), "no JWT in the answer: " + answer.body());
            ExchangeResult result = exchange.result().orElseThrow();
            assertEquals(SignInProblem.FAILED, result.refusal().problem());
            assertTrue(result.refusal().reason().contains("nonce"), result.refusal().reason());
        }
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefusedAndTheMechanismGetsNoToken() throws Exception {
        PendingSignIn sentToLogto = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
        String code = codeFor(sentToLogto);
        PendingSignIn thisBrowsers = new PendingSignIn(SignInIntent.SIGN_IN, "/", sentToLogto.proofKey(), ProofKey.nonce(),
                Instant.now(), null);
        try (CodeExchange exchange = exchanges.expect(code, thisBrowsers, null)) {
            CodeRelay.Answer answer = relay.redeem(fromTheMechanism(code, null), basic(APP, SECRET));

            assertEquals(400, answer.status());
            assertEquals(Set.of("error", "error_description"), JSONObjectUtils.parse(answer.body()).keySet());
            assertEquals("invalid_grant", error(answer));
            assertFalse(answer.body().contains("eyJ"), "no JWT in the answer: " + answer.body());
            ExchangeResult result = exchange.result().orElseThrow();
            assertEquals(SignInProblem.FAILED, result.refusal().problem());
            assertTrue(result.refusal().reason().contains("nonce"), result.refusal().reason());
            assertEquals(null, result.accessToken());
        }
        assertEquals(1, logto.requests("/oidc/token").size(), "Logto redeemed it: the check is the relay's");
    }

    @Test
    void aCodeWithAnotherSignInsVerifierIsRefusedByLogto() throws Exception {
        String code = codeFor(PendingSignIn.start(SignInIntent.SIGN_IN, "/", null));
        try (CodeExchange exchange = exchanges.expect(code, PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null)) {
            CodeRelay.Answer answer = relay.redeem(fromTheMechanism(code, null), basic(APP, SECRET));

            assertEquals(400, answer.status());
            assertEquals("invalid_grant", error(answer), "Logto's own answer");
            ExchangeResult result = exchange.result().orElseThrow();
            assertEquals(SignInProblem.FAILED, result.refusal().problem());
            assertTrue(result.refusal().reason().startsWith("Logto refused the code exchange (HTTP 400, invalid_grant"),
                    result.refusal().reason());
        }
    }

    @Test
    void aCodeNoCallbackBroughtIsNeverSentToLogto() throws Exception {
        String stolen = codeFor(PendingSignIn.start(SignInIntent.SIGN_IN, "/", null));
        CodeRelay.Answer answer = relay.redeem(fromTheMechanism(stolen, null), basic(APP, SECRET));
        assertEquals(400, answer.status());
        assertEquals("invalid_grant", error(answer));
        assertEquals(List.of(), logto.requests("/oidc/token"));
    }

    @Test
    void aCodeTwoCallbacksBroughtAtOnceIsNeverSentToLogto() throws Exception {
        PendingSignIn pending = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
        String code = codeFor(pending);
        try (CodeExchange own = exchanges.expect(code, pending, null);
             CodeExchange forged = exchanges.expect(code, PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null)) {
            assertEquals("invalid_grant", error(relay.redeem(fromTheMechanism(code, null), basic(APP, SECRET))));
            assertTrue(own.result().isEmpty() && forged.result().isEmpty());
        }
        assertEquals(List.of(), logto.requests("/oidc/token"));
    }

    @Test
    void onlyTheAuthorizationCodeGrantIsRelayed() throws Exception {
        PendingSignIn pending = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
        String code = codeFor(pending);
        try (CodeExchange exchange = exchanges.expect(code, pending, null)) {
            List<Map.Entry<String, String>> refresh = List.of(Map.entry("grant_type", "refresh_token"), Map.entry("refresh_token", "rt"),
                    Map.entry("code", code));
            CodeRelay.Answer answer = relay.redeem(refresh, basic(APP, SECRET));
            assertEquals(400, answer.status());
            assertEquals("unsupported_grant_type", error(answer));
            assertTrue(exchange.result().isEmpty());
            assertEquals("unsupported_grant_type", error(relay.redeem(List.of(Map.entry("code", code)), basic(APP, SECRET))));
        }
        assertEquals(List.of(), logto.requests("/oidc/token"));
    }

    @Test
    void logtoRefusingTheAppsCredentialsIsMisconfigurationNamingTheFix() throws Exception {
        PendingSignIn pending = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
        String code = codeFor(pending);
        try (CodeExchange exchange = exchanges.expect(code, pending, null)) {
            CodeRelay.Answer answer = relay.redeem(fromTheMechanism(code, null), basic(APP, "a-rotated-secret"));
            assertEquals(401, answer.status());
            assertEquals("invalid_client", error(answer));
            ExchangeResult result = exchange.result().orElseThrow();
            assertEquals(SignInProblem.MISCONFIGURED, result.refusal().problem());
            assertEquals(TokenAnswers.INVALID_CLIENT_FIX, result.refusal().reason());
            assertTrue(result.refusal().reason().contains("LOGTO_APP_SECRET"));
        }
    }

    @Test
    void aTokenEndpointThatStoppedAnsweringIsAnOutage() throws Exception {
        PendingSignIn pending = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
        String code = codeFor(pending);
        beans.endpoints().token(); // discovery read, as at start-up
        logto.close();
        logto = null;
        try (CodeExchange exchange = exchanges.expect(code, pending, null)) {
            CodeRelay.Answer answer = relay.redeem(fromTheMechanism(code, null), basic(APP, SECRET));
            assertEquals(504, answer.status());
            assertEquals("temporarily_unavailable", error(answer));
            assertEquals(SignInProblem.UNAVAILABLE, exchange.result().orElseThrow().refusal().problem());
        }
    }

    @Test
    void aLogtoNeverReachedIsAnOutage() throws Exception {
        relay = relayTo("http://127.0.0.1:" + closedPort(), Traces.using(OpenTelemetry.noop()));
        try (CodeExchange exchange = exchanges.expect("a-code", PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null)) {
            CodeRelay.Answer answer = relay.redeem(fromTheMechanism("a-code", null), basic(APP, SECRET));
            assertEquals(504, answer.status());
            assertEquals("temporarily_unavailable", error(answer));
            ExchangeResult result = exchange.result().orElseThrow();
            assertEquals(SignInProblem.UNAVAILABLE, result.refusal().problem());
            assertTrue(result.refusal().reason().contains("could not be asked"), result.refusal().reason());
        }
    }

    @Test
    void theExchangeIsASpanOfTheCallbacksTrace() throws Exception {
        InMemorySpanExporter exported = InMemorySpanExporter.create();
        try (SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build()) {
            Traces traces = Traces.using(OpenTelemetrySdk.builder().setTracerProvider(provider).build());
            relay = relayTo(logto.endpoint(), traces);
            Span callback = traces.start("sign-in callback", SpanKind.SERVER, null);
            PendingSignIn pending = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
            String code = codeFor(pending);
            try (CodeExchange exchange = exchanges.expect(code, pending, TraceParent.of(callback))) {
                assertEquals(200, relay.redeem(fromTheMechanism(code, null), basic(APP, SECRET)).status());
            }
            callback.end();
            SpanData exchange = exported.getFinishedSpanItems().stream().filter(span -> span.getName().equals("code exchange"))
                    .findFirst().orElseThrow();
            assertEquals(callback.getSpanContext().getTraceId(), exchange.getTraceId());
            assertEquals(callback.getSpanContext().getSpanId(), exchange.getParentSpanId());
            assertEquals("redeemed", exchange.getAttributes().get(Traces.OUTCOME));
        }
    }

    private String codeFor(PendingSignIn pending) {
        return LocalLogtoCodes.code(logto, APP, REDIRECT_URI, DemoUsers.READER.key(), pending.proofKey(), pending.nonce());
    }

    /** The form Liberty's mechanism posts to the relay: its own {@code code_verifier} only if it made one up. */
    private static List<Map.Entry<String, String>> fromTheMechanism(String code, String codeVerifier) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("grant_type", "authorization_code"),
                Map.entry("code", code), Map.entry("redirect_uri", REDIRECT_URI)));
        if (codeVerifier != null) {
            fields.add(Map.entry("code_verifier", codeVerifier));
        }
        return fields;
    }

    private static String basic(String id, String secret) {
        String pair = HttpCalls.formEncode(id) + ":" + HttpCalls.formEncode(secret);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String error(CodeRelay.Answer answer) throws ParseException {
        return (String) JSONObjectUtils.parse(answer.body()).get("error");
    }

    private static Object audience(Map<String, Object> claims) {
        return claims.get("aud") instanceof List<?> list && list.size() == 1 ? list.get(0) : claims.get("aud");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
