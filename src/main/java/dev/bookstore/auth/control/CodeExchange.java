package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.ProofKey;
import dev.bookstore.auth.entity.SignInRefusal;

/**
 * One authorization code on its way from a callback, through Liberty's mechanism, to the token relay and Logto:
 * what the relay adds (the sign-in's PKCE verifier) and checks (the nonce that sign-in sent), and how it went.
 */
public final class CodeExchange {

    private final ProofKey proofKey;
    private final String nonce;
    private final String traceParent;
    private volatile boolean contested;
    private volatile boolean reached;
    private volatile SignInRefusal refusal;

    CodeExchange(ProofKey proofKey, String nonce, String traceParent) {
        this.proofKey = proofKey;
        this.nonce = nonce;
        this.traceParent = traceParent;
    }

    public ProofKey proofKey() {
        return proofKey;
    }

    /** The nonce the sign-in sent, or null when it is not known (the ID token's nonce is then Liberty's to check). */
    public String nonce() {
        return nonce;
    }

    /** The callback's span (W3C traceparent, null when not traced): the relay's span joins the sign-in's trace. */
    public String traceParent() {
        return traceParent;
    }

    /** The same code came from two callbacks at once: neither may redeem it. */
    void contest() {
        contested = true;
    }

    boolean contested() {
        return contested;
    }

    void reached() {
        reached = true;
    }

    /** Whether the mechanism asked the relay to redeem the code at all (it does not for an unknown state). */
    public boolean wasReached() {
        return reached;
    }

    /** The relay or Logto refused the exchange, for this reason; the relay told the mechanism so. */
    public void refused(SignInRefusal why) {
        refusal = why;
    }

    /** Why the exchange was refused, or null when it went through (or never happened). */
    public SignInRefusal refusal() {
        return refusal;
    }
}
