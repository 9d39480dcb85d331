package dev.bookstore.books.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not the JSON the API expects is the client's mistake: 400 with problem details, not 500. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException unreadable) {
        return Problem.of(400, "The request body cannot be read", "send a JSON object, e.g. {\"title\": \"...\", \"author\": \"...\"}");
    }
}
