package dev.bookstore.profile.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * What a cached page shows beyond the session's profile (the organizations page: the session's organization tokens),
 * as a value for the cache key, or empty when the page must be rendered afresh (a token is missing or about to expire,
 * so rendering asks Logto). Implemented where that state lives.
 */
public interface PageState {

    Optional<Object> of(HttpServletRequest request);
}
