package dev.bookstore.auth.boundary;

import dev.bookstore.profile.entity.UserProfile;
import java.time.Instant;
import java.util.List;

/** Profiles as step 5 reads them from Logto, with only what the sign-in's decisions look at. */
final class SignedInUsers {

    private SignedInUsers() {
    }

    static UserProfile authenticatedAt(String subject, Instant authenticatedAt) {
        return new UserProfile(subject, "Name of " + subject, null, null, null, false, Instant.now(), List.of(),
                List.of(), List.of(), true, "sid-" + subject, authenticatedAt);
    }

    static UserProfile withRoles(String subject, List<String> roles) {
        return new UserProfile(subject, "Name of " + subject, null, null, null, false, Instant.now(), roles,
                List.of(), List.of(), true, "sid-" + subject, Instant.now());
    }
}
