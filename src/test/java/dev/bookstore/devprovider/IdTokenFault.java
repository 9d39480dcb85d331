package dev.bookstore.devprovider;

/**
 * How the ID tokens of the token endpoint are broken, after the OpenID Foundation's RP certification tests.
 * Everything not named stays as it would be.
 */
public enum IdTokenFault {
    /** Signed with a different key that carries the published kid. */
    BAD_SIGNATURE,
    /** An unsecured JWT: header alg {@code none}, empty signature part. */
    ALG_NONE,
    /** {@code iss} is the issuer followed by {@code -other}. */
    WRONG_ISSUER,
    /** {@code aud} is {@code some-other-client}. */
    WRONG_AUDIENCE,
    /** {@code exp} an hour ago, {@code iat} two hours ago. */
    EXPIRED,
    /** {@code iat} an hour ahead, {@code exp} an hour after that. */
    ISSUED_IN_THE_FUTURE,
    /** No {@code nonce} claim. */
    NONCE_MISSING,
    /** {@code nonce} is {@code not-the-nonce-that-was-sent}, even when none was sent. */
    NONCE_DIFFERENT,
    /** Signed with a new key whose kid is not in the JWKS. */
    UNKNOWN_KID
}
