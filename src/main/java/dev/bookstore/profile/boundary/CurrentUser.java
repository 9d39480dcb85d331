package dev.bookstore.profile.boundary;

import dev.bookstore.profile.entity.SignedInUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
        return securityContext.getCallerPrincipal() != null;
    }

    public SignedInUser getUser() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInUser.SESSION_ATTRIBUTE) instanceof SignedInUser user) {
            return user;
        }
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : new SignedInUser(caller.getName(), null, null, null);
    }
}
