package dev.bookstore.clubs.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.bookstore.books.boundary.ApiCaller;
import dev.bookstore.books.boundary.BearerCredentials;
import dev.bookstore.books.boundary.Problem;
import dev.bookstore.clubs.control.OrganizationOfToken;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.logto.control.InvalidTokenException;
import dev.bookstore.logto.control.LogtoJwtVerifier;
import dev.bookstore.logto.control.LogtoScope;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Lets a request about an organization through only with a Logto organization token for that very organization
 * (signature, issuer, expiry, {@code typ} as for any access token; {@link OrganizationOfToken} for the organization),
 * carrying the method's permission. Answers with problem details and RFC 6750's challenge: 401 without a valid token,
 * 403 for a valid token of another organization or without the permission.
 */
@Provider
@RequiresOrganizationToken
@Priority(Priorities.AUTHENTICATION)
public class OrganizationTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(OrganizationTokenFilter.class.getName());
    private static final String REALM = BearerCredentials.REALM;

    @Inject
    LogtoJwtVerifier verifier;

    @Inject
    AppConfiguration configuration;

    @Inject
    ApiCaller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> token = BearerCredentials.of(request);
        if (token.isEmpty()) {
            request.abortWith(refusal(401, REALM, "An organization token is required",
                    "send a Logto organization token for this organization"));
            return;
        }
        JWTClaimsSet claims;
        try {
            claims = verifier.organizationToken(token.get());
        } catch (InvalidTokenException refused) {
            LOG.fine(() -> "Organization token refused: " + refused.getMessage());
            request.abortWith(refusal(401, REALM + ", error=\"invalid_token\"", "The token is not valid",
                    "the access token is not valid"));
            return;
        }
        String organizationId = request.getUriInfo().getPathParameters().getFirst("organizationId");
        Optional<String> tokensOrganization = OrganizationOfToken.of(claims, configuration.settings().apiResource());
        if (tokensOrganization.isEmpty() || !tokensOrganization.get().equals(organizationId)) {
            request.abortWith(refusal(403, REALM + ", error=\"insufficient_scope\"", "Not a token of this organization",
                    "the token is not an organization token for this organization"));
            return;
        }
        String needed = resource.getResourceMethod().getAnnotation(RequiresOrganizationToken.class).value();
        if (!needed.isEmpty() && !LogtoScope.words(claims.getClaim("scope")).contains(needed)) {
            request.abortWith(refusal(403, REALM + ", error=\"insufficient_scope\", scope=\"" + needed + "\"",
                    "Permission needed", "this needs the organization permission " + needed));
            return;
        }
        caller.authenticated(claims.getSubject());
    }

    private static Response refusal(int status, String challenge, String title, String detail) {
        Response problem = Problem.of(status, title, detail);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
