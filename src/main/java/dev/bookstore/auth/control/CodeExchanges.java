package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.PendingSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codes now being redeemed on this server, by code. The callback (which has the browser's session) registers
 * its code with that session's pending sign-in; Liberty's mechanism then redeems the code through the relay on
 * this same server (APP_INTERNAL_URL), which finds it here. So a verifier only ever goes with the code its own
 * sign-in's callback brought, and a callback landing on any cluster member works: the session travels, this map
 * need not. Entries live only while their callback request runs.
 */
@ApplicationScoped
public class CodeExchanges {

    private final Map<String, CodeExchange> byCode = new ConcurrentHashMap<>();

    /** Called before the mechanism sees the callback (traced as {@code traceParent}); pair it with {@link #end}. */
    public CodeExchange expect(String code, PendingSignIn pending, String traceParent) {
        CodeExchange expected = new CodeExchange(pending.proofKey(), pending.nonce(), traceParent);
        CodeExchange earlier = byCode.putIfAbsent(code, expected);
        if (earlier != null) {
            // two callbacks carry one code at once: one of them is not the browser's own, so both lose it
            earlier.contest();
            expected.contest();
        }
        return expected;
    }

    /** For the relay: the exchange this code belongs to, unless no callback of this server brought it. */
    public Optional<CodeExchange> claim(String code) {
        CodeExchange exchange = code == null ? null : byCode.get(code);
        if (exchange == null || exchange.contested()) {
            return Optional.empty();
        }
        exchange.reached();
        return Optional.of(exchange);
    }

    public void end(String code, CodeExchange exchange) {
        byCode.remove(code, exchange);
    }
}
