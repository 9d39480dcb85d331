package dev.bookstore.auth.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.logto.control.HttpCalls;
import dev.bookstore.logto.control.InvalidTokenException;
import dev.bookstore.logto.control.LogtoEndpoints;
import dev.bookstore.logto.control.LogtoJwtVerifier;
import dev.bookstore.ground.control.Traces;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Redeems a code for Liberty's mechanism at Logto's token endpoint, and is where the app learns how the exchange
 * went, as it happens, instead of guessing from the mechanism's bare 401 afterwards:
 * <ul>
 * <li>only codes a callback of this server brought are redeemed, with their sign-in's PKCE verifier added;</li>
 * <li>Logto's answer is noted on the {@link CodeExchange}: an outage, refused app credentials, or a refused code;</li>
 * <li>the ID token is checked here first ({@link LogtoJwtVerifier#idToken}) and a bad one never reaches the
 *     mechanism, whose own refusal message would write the whole token to the server's log.</li>
 * </ul>
 * The answers to the mechanism are OAuth error bodies that carry no token.
 */
@ApplicationScoped
public class CodeRelay {

    /** What the relay answers the mechanism. */
    public record Answer(int status, String contentType, String body) {
    }

    static final String INVALID_CLIENT_FIX = "Logto refused the app's credentials (invalid_client): "
            + "check LOGTO_APP_ID, LOGTO_APP_SECRET and that the app is a Traditional web application";

    @Inject
    CodeExchanges exchanges;

    @Inject
    LogtoEndpoints endpoints;

    @Inject
    HttpCalls http;

    @Inject
    LogtoJwtVerifier verifier;

    @Inject
    Traces traces;

    /** {@code fields} as the mechanism posted them; {@code authorization} its Authorization header, or null. */
    public Answer redeem(List<Map.Entry<String, String>> fields, String authorization) {
        if (!"authorization_code".equals(field(fields, "grant_type"))) {
            return error(400, "unsupported_grant_type", "the relay redeems authorization codes only");
        }
        Optional<CodeExchange> claimed = exchanges.claim(field(fields, "code"));
        if (claimed.isEmpty()) {
            return error(400, "invalid_grant", "no callback of this server brought this code");
        }
        CodeExchange exchange = claimed.get();
        Span span = traces.start("code exchange", SpanKind.INTERNAL, exchange.traceParent());
        try (Scope traced = span.makeCurrent()) {
            Answer answer = redeem(fields, authorization, exchange);
            SignInRefusal refusal = exchange.refusal();
            Traces.outcome(span, refusal == null ? "redeemed" : refusal.problem().traceWord(), refusal != null);
            return answer;
        } finally {
            span.end();
        }
    }

    private Answer redeem(List<Map.Entry<String, String>> fields, String authorization, CodeExchange exchange) {
        HttpResponse<String> logto;
        try {
            logto = http.send(withVerifier(fields, exchange, authorization));
        } catch (IOException failing) {
            // Either the token endpoint (bounded by LOGTO_TIMEOUT) or the discovery that names it failed.
            exchange.refused(new SignInRefusal(SignInProblem.UNAVAILABLE,
                    "Logto's token endpoint could not be asked for the code exchange: " + failing));
            return error(504, "temporarily_unavailable", "Logto's token endpoint did not answer in time");
        }
        Answer asLogtoAnswered = new Answer(logto.statusCode(),
                logto.headers().firstValue("Content-Type").orElse("application/json"), logto.body());
        if (logto.statusCode() != 200) {
            exchange.refused(refusalOf(logto));
            return asLogtoAnswered;
        }
        SignInRefusal badToken = idTokenRefusal(logto.body(), exchange);
        if (badToken == null) {
            return asLogtoAnswered;
        }
        exchange.refused(badToken);
        return badToken.problem() == SignInProblem.UNAVAILABLE
                ? error(503, "temporarily_unavailable", "Logto's key set could not be read")
                : error(400, "invalid_grant", "the ID token was refused");
    }

    private HttpRequest.Builder withVerifier(List<Map.Entry<String, String>> fields, CodeExchange exchange,
                                             String authorization) throws IOException {
        List<Map.Entry<String, String>> sent = new ArrayList<>(fields.stream()
                .filter(field -> !field.getKey().equals("code_verifier")).toList());
        if (exchange.proofKey() != null) {
            sent.add(Map.entry("code_verifier", exchange.proofKey().verifier()));
        }
        HttpRequest.Builder request = HttpCalls.formPost(endpoints.token(), sent);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static SignInRefusal refusalOf(HttpResponse<String> logto) {
        if (logto.statusCode() >= 500) {
            return new SignInRefusal(SignInProblem.UNAVAILABLE, "Logto's token endpoint answered HTTP " + logto.statusCode());
        }
        Map<String, Object> body = json(logto.body());
        String error = printable(body.get("error"));
        if ("invalid_client".equals(error)) {
            return new SignInRefusal(SignInProblem.MISCONFIGURED, INVALID_CLIENT_FIX);
        }
        return new SignInRefusal(SignInProblem.FAILED, "Logto refused the code exchange (HTTP " + logto.statusCode()
                + ", " + error + ": " + printable(body.get("error_description")) + ")");
    }

    /** Null when the answer's ID token passes every check. */
    private SignInRefusal idTokenRefusal(String body, CodeExchange exchange) {
        Map<String, Object> tokens = json(body);
        if (!(tokens.get("id_token") instanceof String idToken)) {
            return new SignInRefusal(SignInProblem.FAILED, "Logto's token answer holds no ID token");
        }
        try {
            verifier.idToken(idToken, exchange.nonce(), tokens.get("access_token") instanceof String access ? access : null);
            return null;
        } catch (InvalidTokenException refused) {
            return refused.keysUnavailable()
                    ? new SignInRefusal(SignInProblem.UNAVAILABLE, "Logto's key set could not be read: " + refused.getMessage())
                    : new SignInRefusal(SignInProblem.FAILED, "the ID token was refused: " + refused.getMessage());
        }
    }

    private static Map<String, Object> json(String body) {
        try {
            return body == null || body.isBlank() ? Map.of() : JSONObjectUtils.parse(body);
        } catch (ParseException notJson) {
            return Map.of();
        }
    }

    /** Logto's error texts are short; anything else is cut so a crafted value cannot forge log lines. */
    private static String printable(Object value) {
        String text = String.valueOf(value).replaceAll("[^\\p{Print}]", "?");
        return text.length() > 120 ? text.substring(0, 120) : text;
    }

    private static String field(List<Map.Entry<String, String>> fields, String name) {
        return fields.stream().filter(field -> field.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static Answer error(int status, String error, String description) {
        return new Answer(status, "application/json", Json.createObjectBuilder().add("error", error)
                .add("error_description", description).build().toString());
    }
}
