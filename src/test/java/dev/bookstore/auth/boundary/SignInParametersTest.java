package dev.bookstore.auth.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.control.AuthorizationProbe;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.web.entity.Language;
import dev.bookstore.ground.control.RecordedMetrics;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.logto.control.LogtoBeans;
import io.opentelemetry.api.OpenTelemetry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Step 2's extra authorization parameters, for the sign-in step 1 has just put in the browser's session. */
class SignInParametersTest {

    private final LogtoBeans beans = LogtoBeans.of("http://127.0.0.1:9", "params-app", "params-secret", "http://localhost:19584",
            Map.of("ADMIN_MAX_AGE", "10m", "LOGTO_KAKAO_TARGET", "kakao"));
    private final RecordedMetrics metrics = new RecordedMetrics();
    private boolean logtoLacksTheApiResource;

    @Test
    void aSignInSendsTheS256ChallengeOfItsSessionsVerifierAndItsOwnNonce() throws Exception {
        BrowserRequest signIn = BrowserRequest.get("/sign-in");
        start(signIn, SignInIntent.SIGN_IN, "/shelf");
        PendingSignIn pending = (PendingSignIn) signIn.session().attribute(PendingSignIn.SESSION_ATTRIBUTE);
        List<String> sent = parametersFor(signIn);

        assertTrue(sent.contains("code_challenge=" + s256(pending.proofKey().verifier())), sent.toString());
        assertTrue(sent.contains("code_challenge_method=S256"), sent.toString());
        assertTrue(sent.contains("nonce=" + pending.nonce()), "the relay checks the ID token against this one: " + sent);
        assertFalse(String.join("&", sent).contains(pending.proofKey().verifier()), "the verifier never leaves the server");
        assertEquals(List.of("prompt=consent", "max_age=31536000", "code_challenge=" + pending.proofKey().challenge(),
                "code_challenge_method=S256", "nonce=" + pending.nonce(), "ui_locales=en", "resource=https://api.bookstore.example"), sent);
        assertEquals(List.of("sign_ins.started sign_in"), metrics.recorded());
    }

    @Test
    void logtosPagesAreAskedForInTheLanguageTheReaderChose() {
        BrowserRequest signIn = BrowserRequest.get("/sign-in").in(new BrowserSession("korean-reader")
                .with(Language.SESSION_ATTRIBUTE, Language.KOREAN));
        start(signIn, SignInIntent.KAKAO, "/");
        assertTrue(parametersFor(signIn).contains("ui_locales=ko"), parametersFor(signIn).toString());
    }

    @Test
    void eachSignInHasItsOwnVerifierAndNonce() {
        BrowserRequest first = BrowserRequest.get("/sign-in");
        start(first, SignInIntent.SIGN_IN, "/");
        BrowserRequest second = BrowserRequest.get("/sign-in");
        start(second, SignInIntent.SIGN_IN, "/");
        List<String> one = parametersFor(first);
        List<String> other = parametersFor(second);
        assertNotEquals(one.get(2), other.get(2), "code_challenge");
        assertNotEquals(one.get(4), other.get(4), "nonce");
    }

    @Test
    void aConfirmationAsksLogtoToAuthenticateAgainWithinAdminMaxAge() {
        BrowserRequest confirm = BrowserRequest.get("/sign-in/confirm");
        start(confirm, SignInIntent.CONFIRM, "/admin");
        List<String> sent = parametersFor(confirm);
        assertEquals(List.of("prompt=login consent", "max_age=600"), sent.subList(0, 2));
    }

    @Test
    void kakaoSkipsLogtosPageForTheConfiguredTarget() {
        BrowserRequest kakao = BrowserRequest.get("/sign-in/kakao");
        start(kakao, SignInIntent.KAKAO, "/");
        assertTrue(parametersFor(kakao).contains("direct_sign_in=social:kakao"));
    }

    @Test
    void aRequestStartingNoSignInSendsNoChallengeAndNoNonce() {
        assertEquals(List.of("resource=https://api.bookstore.example"), parametersFor(BrowserRequest.get("/profile")));
    }

    @Test
    void theApiResourceIsLeftOutWhileLogtoIsKnownToLackIt() {
        logtoLacksTheApiResource = true;
        BrowserRequest signIn = BrowserRequest.get("/sign-in");
        start(signIn, SignInIntent.SIGN_IN, "/");
        List<String> sent = parametersFor(signIn);
        assertTrue(sent.stream().noneMatch(parameter -> parameter.startsWith("resource=")), sent.toString());
        assertTrue(sent.stream().anyMatch(parameter -> parameter.startsWith("code_challenge=")), sent.toString());
    }

    private void start(BrowserRequest request, SignInIntent intent, String returnTo) {
        SignInStart signIns = new SignInStart();
        signIns.traces = Traces.using(OpenTelemetry.noop());
        signIns.metrics = metrics;
        signIns.begin(request.request(), intent, returnTo);
    }

    private List<String> parametersFor(BrowserRequest request) {
        SignInParameters parameters = new SignInParameters();
        parameters.request = request.request();
        parameters.configuration = beans.configuration();
        parameters.probe = new AuthorizationProbe() {
            @Override
            public boolean asksForApiResource() {
                return !logtoLacksTheApiResource;
            }
        };
        return List.of(parameters.getExtraParameters());
    }

    /** RFC 7636 4.2, computed here independently of ProofKey. */
    private static String s256(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
