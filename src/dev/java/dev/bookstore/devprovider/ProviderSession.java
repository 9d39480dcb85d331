package dev.bookstore.devprovider;

import java.time.Instant;

/** A user's sign-in at the provider, identified by the session cookie. */
record ProviderSession(String id, DemoUser user, Instant signedInAt) {
}
