package dev.bookstore.tokens.boundary;

import dev.bookstore.logto.control.OrganizationAudience;
import dev.bookstore.profile.boundary.PageState;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.Organization;
import dev.bookstore.tokens.entity.IssuedToken;
import dev.bookstore.tokens.entity.UserTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the organizations page shows beyond the profile ({@link OrganizationsView}): each organization's token as the
 * session holds it. Only when every one is held and usable, so that rendering would show exactly these and ask Logto
 * nothing; otherwise the page is rendered afresh. A token is named by its expiry and scopes, never its value.
 */
@ApplicationScoped
public class OrganizationTokensState implements PageState {

    /** One organization's token as the page shows it. */
    record Shown(String audience, Instant expiresAt, List<String> scopes) {
    }

    @Override
    public Optional<Object> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        List<Organization> organizations = SessionProfile.of(request).map(profile -> profile.organizations()).orElse(List.of());
        if (session == null || !(session.getAttribute(UserTokens.SESSION_ATTRIBUTE) instanceof UserTokens tokens)) {
            return organizations.isEmpty() ? Optional.of(List.of()) : Optional.empty();
        }
        Instant now = Instant.now();
        List<Shown> shown = new ArrayList<>();
        for (Organization organization : organizations) {
            String audience = OrganizationAudience.of(organization.id());
            Optional<IssuedToken> token = tokens.forAudience(audience).filter(held -> held.usableAt(now));
            if (token.isEmpty()) {
                return Optional.empty();
            }
            shown.add(new Shown(audience, token.get().expiresAt(), token.get().scopes()));
        }
        return Optional.of(List.copyOf(shown));
    }
}
