package dev.bookstore.profile.boundary;

import dev.bookstore.ground.control.AppConfiguration;
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
 * Whether someone is signed in and who, for the pages; never calls Logto. Signed in means a caller with this
 * session's profile of that same caller: a sign-in cookie alone (its session ended or gone) shows nobody, and no
 * page ever names a user from the cookie. A page asks a dozen times: all is read once per request.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    AppConfiguration configuration;

    private Optional<Principal> caller;
    private Optional<UserProfile> user;
    private Boolean admin;

    public boolean isSignedIn() {
        return getUser() != null && !SessionProfile.refusedForThisRequest(request);
    }

    public UserProfile getUser() {
        if (user == null) {
            user = caller().flatMap(principal -> SessionProfile.of(request)
                    .filter(profile -> profile.subject().equals(principal.getName())));
        }
        return user.orElse(null);
    }

    /** Logto role {@code admin}, as the session's profile now has it (a recheck may have taken it away since the sign-in). */
    public boolean isAdmin() {
        if (admin == null) {
            admin = getUser() != null && getUser().roles().contains("admin");
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
