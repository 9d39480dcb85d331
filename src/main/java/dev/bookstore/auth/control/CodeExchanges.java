package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.PendingSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codes now being redeemed on this server, by code. The callback (which has the browser's session) opens its
 * code's {@link CodeExchange}; Liberty's mechanism then redeems the code through the relay on this same server, which
 * finds it here. So a verifier only ever goes with the code its own sign-in's callback brought, and a callback landing
 * on any cluster member works: the session travels, this map need not. Entries live only while their callback runs.
 */
@ApplicationScoped
public class CodeExchanges {

    private final Map<String, CodeExchange> byCode = new ConcurrentHashMap<>();

    /** Called before the mechanism sees the callback (traced as {@code traceParent}); close what it returns after. */
    public CodeExchange expect(String code, PendingSignIn pending, String traceParent) {
        CodeExchange expected = new CodeExchange(code, pending, traceParent, this);
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
        return exchange == null || exchange.contested() ? Optional.empty() : Optional.of(exchange);
    }

    void end(CodeExchange exchange) {
        byCode.remove(exchange.code(), exchange);
    }
}
