package dev.bookstore.auth.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.bookstore.auth.entity.SignInProblem;
import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.logto.control.OAuthErrorAnswer;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Map;

/** Logto's token endpoint answers as the relay reads them, and the relay's own answers to Liberty's mechanism. */
final class TokenAnswers {

    static final String INVALID_CLIENT_FIX = "Logto refused the app's credentials (invalid_client): "
            + "check LOGTO_APP_ID, LOGTO_APP_SECRET and that the app is a Traditional web application";

    private TokenAnswers() {
    }

    /** Why Logto did not redeem the code: an outage, the app's credentials (its set-up), or the code itself. */
    static SignInRefusal refusalOf(HttpResponse<String> logto) {
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

    /** A JSON object's members; none when it is not one. */
    static Map<String, Object> json(String body) {
        try {
            return body == null || body.isBlank() ? Map.of() : JSONObjectUtils.parse(body);
        } catch (ParseException notJson) {
            return Map.of();
        }
    }

    static CodeRelay.Answer error(int status, String error, String description) {
        return new CodeRelay.Answer(status, "application/json", OAuthErrorAnswer.body(error, description));
    }

    /** Logto's error texts are short; anything else is cut so a crafted value cannot forge log lines. */
    private static String printable(Object value) {
        String text = String.valueOf(value).replaceAll("[^\\p{Print}]", "?");
        return text.length() > 120 ? text.substring(0, 120) : text;
    }
}
