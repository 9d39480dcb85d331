package dev.bookstore.sessions.control;

import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The sign-ins a back-channel logout has ended, kept where every cluster member can see them: a member
 * can only invalidate the sessions it holds itself, so each member checks a signed-in request's profile
 * here and ends that session on the spot. A logout token names a Logto session ({@code sid}), which ends
 * exactly that sign-in, or only a user ({@code sub}), which ends every sign-in of that user made before it.
 */
@ApplicationScoped
public class EndedSignIns {

    @Inject
    Markers markers;

    public void end(String subject, String sid, Instant at) {
        if (sid != null) {
            markers.put("sid:" + sid, at.toEpochMilli());
        } else if (subject != null) {
            markers.put("sub:" + subject, at.toEpochMilli());
        }
    }

    public boolean hasEnded(UserProfile profile) {
        if (profile.logtoSession() != null && markers.get("sid:" + profile.logtoSession()) != null) {
            return true;
        }
        Long subjectEndedAt = markers.get("sub:" + profile.subject());
        return subjectEndedAt != null && (profile.signedInAt() == null || profile.signedInAt().toEpochMilli() <= subjectEndedAt);
    }
}
