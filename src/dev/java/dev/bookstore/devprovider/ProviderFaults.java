package dev.bookstore.devprovider;

import java.util.Optional;

/**
 * Misbehaviour tests can switch on to check that the client refuses a broken or hostile provider.
 * Every fault is off until set; switches take effect for the next request, from any thread.
 */
public final class ProviderFaults {

    private volatile String userinfoSubject;
    private volatile boolean refreshTokensInvalid;

    /** While set, {@code /oidc/me} answers with this {@code sub} instead of the user's own; null turns it off. */
    public void userinfoSubject(String subject) {
        userinfoSubject = subject;
    }

    /**
     * While on, every refresh_token grant answers 400 {@code invalid_grant}, as when the grant was revoked at
     * Logto. The refresh tokens themselves are kept, so they work again once this is off.
     */
    public void refreshTokensInvalid(boolean on) {
        refreshTokensInvalid = on;
    }

    /** Turns every fault off. */
    public void reset() {
        userinfoSubject = null;
        refreshTokensInvalid = false;
    }

    Optional<String> substitutedUserinfoSubject() {
        return Optional.ofNullable(userinfoSubject);
    }

    boolean refreshTokensAreInvalid() {
        return refreshTokensInvalid;
    }
}
