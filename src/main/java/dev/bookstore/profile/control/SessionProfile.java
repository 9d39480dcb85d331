package dev.bookstore.profile.control;

import dev.bookstore.profile.entity.UserProfile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The profile the HTTP session holds for a signed-in user: present exactly while the app's sign-in lives. */
public final class SessionProfile {

    private static final String REFUSED_ATTRIBUTE = SessionProfile.class.getName() + ".refused";
    private static final String ROLES_CHANGED_ATTRIBUTE = SessionProfile.class.getName() + ".rolesChanged";

    private SessionProfile() {
    }

    /** Reads without creating a session. */
    public static Optional<UserProfile> of(HttpServletRequest request) {
        return of(request.getSession(false));
    }

    public static Optional<UserProfile> of(HttpSession session) {
        return session != null && session.getAttribute(UserProfile.SESSION_ATTRIBUTE) instanceof UserProfile profile
                ? Optional.of(profile) : Optional.empty();
    }

    /**
     * What Logto now says of the signed-in user replaces what the session held. When the roles differ, the
     * container is told them again at the next request ({@link #takeRolesChanged}), as it was told at sign-in.
     *
     * @return whether the roles changed
     */
    public static boolean replace(HttpSession session, UserProfile current) {
        Object before = session.getAttribute(UserProfile.SESSION_ATTRIBUTE);
        session.setAttribute(UserProfile.SESSION_ATTRIBUTE, current);
        boolean rolesChanged = !(before instanceof UserProfile old && old.roles().equals(current.roles()));
        if (rolesChanged) {
            session.setAttribute(ROLES_CHANGED_ATTRIBUTE, Boolean.TRUE);
        }
        return rolesChanged;
    }

    /** Whether the session's roles changed since the container was told them; asking clears it. */
    public static boolean takeRolesChanged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(ROLES_CHANGED_ATTRIBUTE) == null) {
            return false;
        }
        session.removeAttribute(ROLES_CHANGED_ATTRIBUTE);
        return true;
    }

    /** The app refused the sign-in this request carries: its page shows nobody signed in, whatever Liberty set up. */
    public static void refuseForThisRequest(HttpServletRequest request) {
        request.setAttribute(REFUSED_ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean refusedForThisRequest(HttpServletRequest request) {
        return request.getAttribute(REFUSED_ATTRIBUTE) != null;
    }
}
