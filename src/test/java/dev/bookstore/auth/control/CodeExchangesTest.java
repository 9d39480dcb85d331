package dev.bookstore.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.entity.ExchangeResult;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The codes being redeemed on this server: which sign-in a code belongs to, while its callback runs, and how it went. */
class CodeExchangesTest {

    private static final String TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private final CodeExchanges exchanges = new CodeExchanges();

    @Test
    void aClaimedCodeCarriesItsSignInsVerifierNonceAndTrace() {
        PendingSignIn pending = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
        PendingSignIn another = PendingSignIn.start(SignInIntent.SIGN_IN, "/", null);
        try (CodeExchange opened = exchanges.expect("code-1", pending, TRACE);
             CodeExchange other = exchanges.expect("code-2", another, null)) {
            CodeExchange claimed = exchanges.claim("code-1").orElseThrow();
            assertSame(opened, claimed);
            assertEquals(pending.proofKey(), claimed.proofKey());
            assertEquals(pending.nonce(), claimed.nonce());
            assertEquals(TRACE, claimed.traceParent());
            assertEquals(another.proofKey(), exchanges.claim("code-2").orElseThrow().proofKey(), "each code its own sign-in's verifier");
        }
    }

    @Test
    void aCodeNoCallbackBroughtIsNotClaimable() {
        try (CodeExchange opened = exchanges.expect("code-1", PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null)) {
            assertEquals(Optional.empty(), exchanges.claim("code-2"));
            assertEquals(Optional.empty(), exchanges.claim(null));
            assertEquals(Optional.empty(), exchanges.claim("CODE-1"));
        }
    }

    @Test
    void aCodeBroughtByTwoCallbacksAtOnceIsClaimableByNeither() {
        CodeExchange first = exchanges.expect("code-1", PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null);
        CodeExchange second = exchanges.expect("code-1", PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null);
        assertEquals(Optional.empty(), exchanges.claim("code-1"));
        second.close();
        assertEquals(Optional.empty(), exchanges.claim("code-1"), "the second closing leaves the first contested");
        first.close();
        assertEquals(Optional.empty(), exchanges.claim("code-1"));
    }

    @Test
    void aClosedExchangeIsGone() {
        CodeExchange opened = exchanges.expect("code-1", PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null);
        assertTrue(exchanges.claim("code-1").isPresent());
        opened.close();
        assertEquals(Optional.empty(), exchanges.claim("code-1"));
    }

    @Test
    void anExchangeTheRelayNeverCompletedHasNoResult() {
        try (CodeExchange opened = exchanges.expect("code-1", PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null)) {
            assertEquals(Optional.empty(), opened.result());
        }
    }

    @Test
    void theResultCompletedOnTheRelaysThreadIsSeenByTheCallback() throws Exception {
        ExchangeResult redeemed = ExchangeResult.redeemed(Map.of("sub", "jane"), "at", "rt");
        ExecutorService relayThread = Executors.newSingleThreadExecutor();
        try (CodeExchange opened = exchanges.expect("code-1", PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null)) {
            relayThread.submit(() -> exchanges.claim("code-1").orElseThrow().complete(redeemed)).get(10, TimeUnit.SECONDS);
            assertSame(redeemed, opened.result().orElseThrow());
        } finally {
            relayThread.shutdownNow();
        }
    }

    @Test
    void onlyTheFirstCompletionCounts() {
        ExchangeResult first = ExchangeResult.refused(new SignInRefusal(SignInProblem.UNAVAILABLE, "Logto did not answer"));
        try (CodeExchange opened = exchanges.expect("code-1", PendingSignIn.start(SignInIntent.SIGN_IN, "/", null), null)) {
            opened.complete(first);
            opened.complete(ExchangeResult.redeemed(Map.of("sub", "mallory"), "at", "rt"));
            assertSame(first, opened.result().orElseThrow());
        }
    }
}
