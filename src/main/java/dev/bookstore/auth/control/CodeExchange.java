package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.ExchangeResult;
import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.ProofKey;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One authorization code on its way from a callback, through Liberty's mechanism, to the token relay and Logto. The
 * callback owns it: it opens it before the mechanism sees the code and closes it after (try-with-resources). The relay,
 * on the server thread of Liberty's call to it, reads what to add (the sign-in's PKCE verifier) and check (its nonce),
 * and completes the {@link ExchangeResult} once; the callback reads that result after the mechanism has returned.
 */
public final class CodeExchange implements AutoCloseable {

    private final String code;
    private final PendingSignIn pending;
    private final String traceParent;
    private final CodeExchanges registry;
    private final CompletableFuture<ExchangeResult> result = new CompletableFuture<>();
    private final AtomicBoolean contested = new AtomicBoolean();

    CodeExchange(String code, PendingSignIn pending, String traceParent, CodeExchanges registry) {
        this.code = code;
        this.pending = pending;
        this.traceParent = traceParent;
        this.registry = registry;
    }

    public ProofKey proofKey() {
        return pending.proofKey();
    }

    /** The nonce the sign-in sent; null only for a sign-in an earlier release started without noting it (refused). */
    public String nonce() {
        return pending.nonce();
    }

    /** The callback's span (W3C traceparent, null when not traced): the relay's span joins the sign-in's trace. */
    public String traceParent() {
        return traceParent;
    }

    /** For the relay: how the exchange went. Only the first call counts. */
    public void complete(ExchangeResult how) {
        result.complete(how);
    }

    /** For the callback: how the exchange went, or empty when the mechanism never asked the relay (unknown state). */
    public Optional<ExchangeResult> result() {
        return Optional.ofNullable(result.getNow(null));
    }

    String code() {
        return code;
    }

    /** The same code came from two callbacks at once: neither may redeem it. */
    void contest() {
        contested.set(true);
    }

    boolean contested() {
        return contested.get();
    }

    @Override
    public void close() {
        registry.end(this);
    }
}
