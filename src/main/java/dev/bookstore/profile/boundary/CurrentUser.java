package dev.bookstore.profile.boundary;

import dev.bookstore.logto.control.LogtoConfiguration;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether someone is signed in and who, for the pages; never calls Logto. A page asks a dozen times: the
 * caller, the session's profile and the role are read once per request.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    LogtoConfiguration configuration;

    private Optional<Principal> caller;
    private Optional<UserProfile> user;
    private Boolean admin;

    public boolean isSignedIn() {
        return caller().isPresent() && !SessionProfile.refusedForThisRequest(request);
    }

    public UserProfile getUser() {
        if (user == null) {
            user = SessionProfile.of(request).or(() -> caller().map(principal -> UserProfile.ofSubject(principal.getName())));
        }
        return user.orElse(null);
    }

    /**
     * Logto role {@code admin}: as the session's profile now has it (a recheck may have taken it away since the
     * sign-in), else as the mechanism mapped it to the caller's groups.
     */
    public boolean isAdmin() {
        if (admin == null) {
            admin = SessionProfile.of(request).map(profile -> profile.roles().contains("admin"))
                    .orElseGet(() -> securityContext.isCallerInRole("admin"));
        }
        return admin;
    }

    /** Whether the sign-in is recent enough for admin pages and actions (ADMIN_MAX_AGE; AdminPagesFilter). */
    public boolean isRecentlySignedIn() {
        UserProfile profile = getUser();
        return profile != null && profile.authenticatedWithin(configuration.settings().adminMaxAge(), Instant.now());
    }

    private Optional<Principal> caller() {
        if (caller == null) {
            caller = Optional.ofNullable(securityContext.getCallerPrincipal());
        }
        return caller;
    }
}
