package dev.bookstore.auth.entity;

import java.time.Instant;

/**
 * What Logto's authorization endpoint makes of this app's sign-in request, and until when that is believed.
 *
 * @param fix for the log: what is wrong and which setting or Logto Console step mends it (null when ready)
 */
public record AuthorizeVerdict(Kind kind, String fix, Instant until) {

    public enum Kind {
        /** Logto takes the request as the app sends it. */
        READY,
        /** Logto has no API resource BOOKSTORE_API_RESOURCE: users sign in without it, the shelf is unavailable. */
        API_RESOURCE_MISSING,
        /** Logto refuses the request itself (client, redirect URI, scopes): nobody can sign in until ops mend it. */
        MISCONFIGURED,
        /** Logto could not be asked; the sign-in goes ahead and reports whatever happens. */
        UNKNOWN
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(until);
    }
}
