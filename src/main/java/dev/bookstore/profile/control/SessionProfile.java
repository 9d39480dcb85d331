package dev.bookstore.profile.control;

import dev.bookstore.profile.entity.UserProfile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The profile the HTTP session holds for a signed-in user: present exactly while the app's sign-in lives. */
public final class SessionProfile {

    private static final String REFUSED_ATTRIBUTE = SessionProfile.class.getName() + ".refused";

    private SessionProfile() {
    }

    /** Reads without creating a session. */
    public static Optional<UserProfile> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(UserProfile.SESSION_ATTRIBUTE) instanceof UserProfile profile
                ? Optional.of(profile) : Optional.empty();
    }

    /** The app refused the sign-in this request carries: its page shows nobody signed in, whatever Liberty set up. */
    public static void refuseForThisRequest(HttpServletRequest request) {
        request.setAttribute(REFUSED_ATTRIBUTE, Boolean.TRUE);
    }

    public static boolean refusedForThisRequest(HttpServletRequest request) {
        return request.getAttribute(REFUSED_ATTRIBUTE) != null;
    }
}
