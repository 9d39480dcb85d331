package dev.bookstore.books.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** The access token a request carries as {@code Authorization: Bearer <token>} (RFC 6750 2.1; the scheme in any case). */
public final class BearerCredentials {

    /** The challenge of every refusal; a refusal of a token adds its {@code error}. */
    public static final String REALM = "Bearer realm=\"bookstore\"";

    private BearerCredentials() {
    }

    public static Optional<String> of(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? Optional.empty()
                : Optional.of(authorization.substring(7).trim());
    }
}
