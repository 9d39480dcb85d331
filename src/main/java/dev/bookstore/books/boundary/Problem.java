package dev.bookstore.books.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 (formerly 7807) problem details: {@code application/problem+json} with type, title, status, detail. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response of(int status, String title, String detail) {
        return of(status, title, detail, List.of());
    }

    /** {@code errors}: one line per field that is wrong, as an extension member. */
    public static Response of(int status, String title, String detail, List<String> errors) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status).add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(list::add);
            body.add("errors", list);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
