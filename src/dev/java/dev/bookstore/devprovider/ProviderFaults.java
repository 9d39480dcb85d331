package dev.bookstore.devprovider;

import java.util.Optional;

/**
 * Misbehaviour tests can switch on to check that the client refuses a broken or hostile provider.
 * Every fault is off until set; switches take effect for the next request, from any thread.
 */
public final class ProviderFaults {

    private volatile String userinfoSubject;

    /** While set, {@code /oidc/me} answers with this {@code sub} instead of the user's own; null turns it off. */
    public void userinfoSubject(String subject) {
        userinfoSubject = subject;
    }

    /** Turns every fault off. */
    public void reset() {
        userinfoSubject = null;
    }

    Optional<String> substitutedUserinfoSubject() {
        return Optional.ofNullable(userinfoSubject);
    }
}
