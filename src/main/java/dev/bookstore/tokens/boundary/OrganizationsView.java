package dev.bookstore.tokens.boundary;

import dev.bookstore.logto.control.OrganizationAudience;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.Organization;
import dev.bookstore.tokens.control.AccessTokens;
import dev.bookstore.tokens.control.SignInAgainException;
import dev.bookstore.tokens.control.TokenRefusedException;
import dev.bookstore.tokens.entity.IssuedToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;

/** For each of the user's organizations: whether Logto issued an organization token, for which audience and scopes. */
@Named
@RequestScoped
public class OrganizationsView {

    /** One organization's outcome; never the token itself. */
    public record Row(Organization organization, String audience, List<String> scopes, String problem) {
        public boolean isObtained() {
            return problem == null;
        }
    }

    @Inject
    AccessTokens tokens;

    @Inject
    HttpServletRequest request;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            HttpSession session = request.getSession();
            rows = SessionProfile.of(request).map(user -> user.organizations().stream().map(org -> row(session, org)).toList())
                    .orElse(List.of());
        }
        return rows;
    }

    private Row row(HttpSession session, Organization organization) {
        String audience = OrganizationAudience.of(organization.id());
        try {
            IssuedToken token = tokens.forOrganization(session, organization.id(), false);
            return new Row(organization, audience, token.scopes(), null);
        } catch (TokenRefusedException refused) {
            return new Row(organization, audience, List.of(), refused.error());
        } catch (SignInAgainException over) {
            return new Row(organization, audience, List.of(), "sign_in_again");
        } catch (IOException unavailable) {
            return new Row(organization, audience, List.of(), "unavailable");
        }
    }
}
