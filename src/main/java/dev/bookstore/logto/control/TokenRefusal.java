package dev.bookstore.logto.control;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.proc.ExpiredJWTException;

/**
 * Why a token was refused, in the words ops look for; Nimbus's own message follows them in the log. Sorted by what
 * failed, never by the wording of Nimbus's messages, which a Nimbus upgrade may change: the parsed token's kind,
 * the exception's type, or the note of a check this app adds to Nimbus's ({@link TokenVerification}).
 */
enum TokenRefusal {
    NOT_A_JWT("not a JWT"),
    EXPIRED("expired"),
    UNSIGNED("unsigned (alg none)"),
    BAD_SIGNATURE("bad signature"),
    UNKNOWN_KEY("unknown key (kid not in Logto's key set) or algorithm"),
    WRONG_ISSUER("wrong issuer"),
    WRONG_AUDIENCE("wrong audience"),
    KEYS_UNREADABLE("Logto's key set could not be read"),
    /** Anything else: a {@code typ} or a claim the kind of token must (not) carry, an encrypted token, ... */
    OTHER("refused");

    private final String words;

    TokenRefusal(String words) {
        this.words = words;
    }

    /** Which check refused {@code token} with {@code failure}; {@code verification} holds this app's checks' notes. */
    static TokenRefusal of(JWT token, Exception failure, TokenVerification verification) {
        if (verification.refusal() != null) {
            return verification.refusal();
        } else if (token instanceof PlainJWT) {
            return UNSIGNED;
        } else if (failure instanceof ExpiredJWTException) {
            return EXPIRED;
        } else if (failure instanceof BadJWSException) {
            return BAD_SIGNATURE; // Nimbus's processor throws it only when no key's signature matches
        }
        return failure instanceof KeySourceException ? KEYS_UNREADABLE : OTHER;
    }

    /** The refusal for the log: these words, then Nimbus's message (which quotes nothing of the token). */
    InvalidTokenException refusal(Exception failure) {
        return new InvalidTokenException(words + " (" + failure.getMessage() + ")", failure);
    }
}
