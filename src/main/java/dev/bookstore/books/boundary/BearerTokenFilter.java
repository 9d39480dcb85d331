package dev.bookstore.books.boundary;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.bookstore.logto.control.InvalidTokenException;
import dev.bookstore.logto.control.LogtoJwtVerifier;
import dev.bookstore.logto.control.LogtoScope;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Lets a request through only with a valid Logto access token carrying the method's scope, and
 * answers as RFC 6750 says otherwise: 401 with {@code WWW-Authenticate: Bearer} (and
 * {@code error="invalid_token"} for a bad token), 403 {@code insufficient_scope} naming the scope.
 */
@Provider
@RequiresScope
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(BearerTokenFilter.class.getName());
    private static final String REALM = BearerCredentials.REALM;

    @Inject
    LogtoJwtVerifier verifier;

    @Inject
    ApiCaller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> token = BearerCredentials.of(request);
        if (token.isEmpty()) {
            request.abortWith(error(401, REALM, null, "an access token is required"));
            return;
        }
        JWTClaimsSet claims;
        try {
            claims = verifier.accessToken(token.get());
        } catch (InvalidTokenException refused) {
            LOG.fine(() -> "Access token refused: " + refused.getMessage());
            request.abortWith(error(401, REALM + ", error=\"invalid_token\", error_description=\"the access token is not valid\"",
                    "invalid_token", "the access token is not valid"));
            return;
        }
        String needed = resource.getResourceMethod().getAnnotation(RequiresScope.class).value();
        if (!LogtoScope.words(claims.getClaim("scope")).contains(needed)) {
            request.abortWith(error(403, REALM + ", error=\"insufficient_scope\", scope=\"" + needed + "\"",
                    "insufficient_scope", "this needs the scope " + needed));
            return;
        }
        caller.authenticated(claims.getSubject());
    }

    private static Response error(int status, String challenge, String error, String description) {
        var body = Json.createObjectBuilder();
        body.add("error", error == null ? "unauthorized" : error).add("error_description", description);
        return Response.status(status).header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .type(MediaType.APPLICATION_JSON_TYPE).entity(body.build().toString()).build();
    }
}
