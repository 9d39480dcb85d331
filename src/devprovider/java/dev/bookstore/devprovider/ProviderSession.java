package dev.bookstore.devprovider;

import java.time.Instant;

/**
 * A user's sign-in at the provider. {@code id} is the secret session cookie value; {@code sid} is the public id
 * carried by the ID and logout tokens of this session. They differ, as in Logto, because tokens travel to the
 * app and its back-channel endpoint, and a {@code sid} must not let anyone forge the browser's cookie.
 * {@code clientId}: the app the user last signed in to with it, which gets the back-channel logout.
 */
record ProviderSession(String id, String sid, DemoUser user, String clientId, Instant signedInAt) {
}
