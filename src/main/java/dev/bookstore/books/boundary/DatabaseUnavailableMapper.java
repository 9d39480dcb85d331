package dev.bookstore.books.boundary;

import dev.bookstore.books.control.DatabaseUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The database is down: 503 with problem details and a hint when to try again, not a 500 with a stack trace. Nothing
 * is logged here: the outage is logged once, when it is first met.
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<DatabaseUnavailableException> {

    @Override
    public Response toResponse(DatabaseUnavailableException outage) {
        return Response.fromResponse(Problem.of(503, "The catalog is not available right now",
                        "the Bookstore's database does not answer; send the request again in a moment"))
                .header("Retry-After", "30").build();
    }
}
