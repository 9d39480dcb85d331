package dev.bookstore.devprovider;

/** What a token request gets an access token for, or the refusal when it cannot have one. */
record TokenTarget(TokenAudience audience, Reply refusal) {

    /** No resource asked for: an opaque access token for the userinfo endpoint. */
    static TokenTarget userinfo() {
        return new TokenTarget(null, null);
    }

    static TokenTarget of(TokenAudience audience) {
        return new TokenTarget(audience, null);
    }

    static TokenTarget refused(int status, String error, String description) {
        return new TokenTarget(null, Reply.error(status, error, description));
    }

    boolean isRefused() {
        return refusal != null;
    }

    /** The successful token response for the grant; {@code nonce} may be null. */
    Reply issue(Grant grant, String nonce, ProviderContext context) {
        return audience == null ? TokenResponses.issue(grant, nonce, context)
                : TokenResponses.issue(grant, nonce, audience, context);
    }
}
