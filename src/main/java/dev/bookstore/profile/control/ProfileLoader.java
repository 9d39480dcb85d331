package dev.bookstore.profile.control;

import dev.bookstore.logto.control.LogtoEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import dev.bookstore.profile.entity.UserProfile;

/** Loads the profile of a sign-in whose code was just redeemed: its ID token's claims plus one userinfo call. */
@ApplicationScoped
public class ProfileLoader {

    @Inject
    UserinfoClient userinfo;

    @Inject
    LogtoEndpoints endpoints;

    /** {@code idToken}: the claims of an ID token already verified (the relay's check); {@code accessToken} Logto's. */
    public UserProfile load(Map<String, Object> idToken, String accessToken) throws UserinfoRefusedException {
        Optional<URI> endpoint = userinfoEndpoint();
        Map<String, Object> userinfoClaims = endpoint.isEmpty() || accessToken == null ? null : userinfo
                .fetch(endpoint.get().toString(), accessToken, (String) idToken.get("sub")).orElse(null);
        return ProfileReader.read(idToken, userinfoClaims, Instant.now());
    }

    private Optional<URI> userinfoEndpoint() {
        try {
            return Optional.of(endpoints.userinfo());
        } catch (IOException notKnown) {
            return Optional.empty(); // the sign-in goes on with the ID token's claims, as when userinfo fails
        }
    }
}
