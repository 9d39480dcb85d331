package dev.bookstore.profile.boundary;

import dev.bookstore.auth.entity.SignInRefusal;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** Whether someone is signed in and who, for the pages; never calls Logto. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null && request.getAttribute(SignInRefusal.ATTRIBUTE) == null;
    }

    public UserProfile getUser() {
        Principal caller = securityContext.getCallerPrincipal();
        return SessionProfile.of(request).orElseGet(() -> caller == null ? null : UserProfile.ofSubject(caller.getName()));
    }

    /** Logto role {@code admin}, mapped by the mechanism to the caller's groups. */
    public boolean isAdmin() {
        return securityContext.isCallerInRole("admin");
    }
}
