package dev.bookstore.auth.control;

import dev.bookstore.auth.entity.ExchangeResult;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.logto.control.LogtoEndpoints;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Step 4 of the sign-in ({@code SignInFlow}): redeems a code for Liberty's mechanism at Logto's token endpoint, and
 * hands the callback how it went ({@link CodeExchange#complete}) as it happens, instead of leaving it to guess from
 * the mechanism's bare 401 afterwards. Only codes a callback of this server brought are redeemed, with their
 * sign-in's PKCE verifier added. The ID token is checked here first, with the sign-in's nonce
 * ({@link IdTokenCheck}): a bad one never reaches the mechanism, whose own refusal message would write
 * the whole token to the server's log. The answers to the mechanism are OAuth error bodies that carry no token.
 */
@ApplicationScoped
public class CodeRelay {

    /** What the relay answers the mechanism. */
    public record Answer(int status, String contentType, String body) {
    }

    @Inject
    CodeExchanges exchanges;

    @Inject
    LogtoEndpoints endpoints;

    @Inject
    HttpCalls http;

    @Inject
    IdTokenCheck idTokens;

    @Inject
    Traces traces;

    /** {@code fields} as the mechanism posted them; {@code authorization} its Authorization header, or null. */
    public Answer redeem(List<Map.Entry<String, String>> fields, String authorization) {
        if (!"authorization_code".equals(field(fields, "grant_type"))) {
            return TokenAnswers.error(400, "unsupported_grant_type", "the relay redeems authorization codes only");
        }
        CodeExchange exchange = exchanges.claim(field(fields, "code")).orElse(null);
        if (exchange == null) {
            return TokenAnswers.error(400, "invalid_grant", "no callback of this server brought this code");
        }
        Span span = traces.start("code exchange", SpanKind.INTERNAL, exchange.traceParent());
        try (Scope traced = span.makeCurrent()) {
            Redeemed redeemed = redeem(fields, authorization, exchange);
            exchange.complete(redeemed.result());
            SignInRefusal refusal = redeemed.result().refusal();
            Traces.outcome(span, refusal == null ? "redeemed" : refusal.problem().traceWord(), refusal != null);
            return redeemed.answer();
        } finally {
            span.end();
        }
    }

    /** What the mechanism is answered, and what the callback learns. */
    private record Redeemed(Answer answer, ExchangeResult result) {
    }

    private Redeemed redeem(List<Map.Entry<String, String>> fields, String authorization, CodeExchange exchange) {
        HttpResponse<String> logto;
        try {
            logto = http.send(withVerifier(fields, exchange, authorization));
        } catch (IOException failing) {
            // Either the token endpoint (bounded by LOGTO_TIMEOUT) or the discovery that names it failed.
            return new Redeemed(TokenAnswers.error(504, "temporarily_unavailable", "Logto's token endpoint did not answer in time"),
                    ExchangeResult.refused(new SignInRefusal(SignInProblem.UNAVAILABLE,
                            "Logto's token endpoint could not be asked for the code exchange: " + failing)));
        }
        Answer asLogtoAnswered = new Answer(logto.statusCode(),
                logto.headers().firstValue("Content-Type").orElse("application/json"), logto.body());
        if (logto.statusCode() != 200) {
            return new Redeemed(asLogtoAnswered, ExchangeResult.refused(TokenAnswers.refusalOf(logto)));
        }
        ExchangeResult checked = idTokens.check(TokenAnswers.json(logto.body()), exchange.nonce());
        if (!checked.isRefused()) {
            return new Redeemed(asLogtoAnswered, checked);
        }
        return new Redeemed(checked.refusal().problem() == SignInProblem.UNAVAILABLE
                ? TokenAnswers.error(503, "temporarily_unavailable", "Logto's key set could not be read")
                : TokenAnswers.error(400, "invalid_grant", "the ID token was refused"), checked);
    }

    private HttpRequest.Builder withVerifier(List<Map.Entry<String, String>> fields, CodeExchange exchange,
                                             String authorization) throws IOException {
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields.stream()
                .filter(field -> !field.getKey().equals("code_verifier")).toList());
        sent.add(Map.entry("code_verifier", exchange.proofKey().verifier()));
        HttpRequest.Builder request = HttpCalls.formPost(endpoints.token(), sent);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static String field(List<Map.Entry<String, String>> fields, String name) {
        return fields.stream().filter(field -> field.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
