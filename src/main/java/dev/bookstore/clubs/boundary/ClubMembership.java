package dev.bookstore.clubs.boundary;

import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.Organization;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.control.AccessTokens;
import dev.bookstore.tokens.control.SignInAgainException;
import dev.bookstore.tokens.control.TokenRefusedException;
import dev.bookstore.tokens.entity.IssuedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * The reader's standing in the club a page is about ({@code ?organization=<id>}), as Logto's organization token for
 * it says: a member when Logto issues one, an organizer when it grants {@value ClubShelfResource#MANAGE}. Only a club
 * the session's profile lists is asked about, so no query can make the app call Logto for clubs at will. The token is
 * the session's cached one ({@link AccessTokens}); a membership change announced by Logto drops it (SessionRecheck),
 * and a change of the shelf asks for a new one ({@link #canManageNow()}).
 */
@RequestScoped
public class ClubMembership {

    @Inject
    AccessTokens tokens;

    @Inject
    HttpServletRequest request;

    private boolean decided;
    private boolean afresh;
    private Organization organization;
    private IssuedToken token;
    private String problem;

    public String organizationId() {
        return organization == null ? request.getParameter("organization") : organization.id();
    }

    public String subject() {
        return SessionProfile.of(request).map(UserProfile::subject).orElseThrow();
    }

    public boolean isMember() {
        decide();
        return token != null;
    }

    public boolean canManage() {
        return isMember() && token.scopes().contains(ClubShelfResource.MANAGE);
    }

    public boolean isOrganizer() {
        return canManage();
    }

    /**
     * Whether the reader may change the shelf now: asked of Logto afresh, not of the cached token, since Logto sends no
     * event when an organizer loses the role. A change is rare; a page view keeps using the cached token.
     */
    public boolean canManageNow() {
        decided = false;
        afresh = true;
        return canManage();
    }

    public String getName() {
        decide();
        return organization == null ? "" : organization.displayName();
    }

    /** The message key of why the page cannot show the club, or null. */
    public String getProblem() {
        decide();
        return problem;
    }

    void refuse(String messageKey, int status) {
        problem = messageKey;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    private void decide() {
        if (decided) {
            return;
        }
        decided = true;
        String id = request.getParameter("organization");
        Optional<UserProfile> profile = SessionProfile.of(request);
        organization = profile.flatMap(user -> user.organizations().stream().filter(club -> club.id().equals(id)).findFirst())
                .orElse(null);
        if (organization == null) {
            refuse("club.notMember", 403);
            return;
        }
        try {
            token = tokens.forOrganization(request.getSession(), id, afresh);
        } catch (TokenRefusedException refused) {
            refuse("club.notMember", 403); // Logto: access_denied, not (or no longer) a member
        } catch (SignInAgainException over) {
            request.getSession().removeAttribute(UserProfile.SESSION_ATTRIBUTE);
            refuse("shelf.signInAgain", 401);
        } catch (IOException unreachable) {
            refuse("club.unavailable", 503);
        }
    }
}
