package dev.bookstore.auth.entity;

import java.util.Map;

/**
 * What the token relay found of one code exchange (step 4 of the sign-in): Logto's tokens with the ID token's verified
 * claims, or why it was refused. Written once by the relay, read by the callback that brought the code.
 */
public record ExchangeResult(SignInRefusal refusal, Map<String, Object> idTokenClaims, String accessToken,
                             String refreshToken) {

    public static ExchangeResult refused(SignInRefusal why) {
        return new ExchangeResult(why, null, null, null);
    }

    public static ExchangeResult redeemed(Map<String, Object> idTokenClaims, String accessToken, String refreshToken) {
        return new ExchangeResult(null, Map.copyOf(idTokenClaims), accessToken, refreshToken);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    @Override
    public String toString() {
        // Records print every component: keep the tokens out of any log line.
        return isRefused() ? "ExchangeResult[refused: " + refusal.reason() + "]" : "ExchangeResult[redeemed]";
    }
}
