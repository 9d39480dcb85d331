package dev.bookstore.books.boundary;

import dev.bookstore.books.control.Shelves;
import dev.bookstore.books.entity.Book;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/shelf}: the caller's own shelf, whoever the access token is for ({@code read:books}). There is no
 * path to anyone else's: the shelf is the token's subject's.
 */
@Path("shelf")
@Produces(MediaType.APPLICATION_JSON)
public class ShelfResource {

    @Inject
    Shelves shelves;

    @Inject
    ApiCaller caller;

    @GET
    @RequiresScope("read:books")
    public List<Book> mine() {
        return shelves.of(caller.subject());
    }

    @PUT
    @Path("{bookId}")
    @RequiresScope("read:books")
    public Response put(@PathParam("bookId") String bookId) {
        return shelves.put(caller.subject(), bookId) ? Response.noContent().build()
                : Problem.of(404, "No such book", "the catalog has no book " + bookId);
    }

    @DELETE
    @Path("{bookId}")
    @RequiresScope("read:books")
    public Response takeOff(@PathParam("bookId") String bookId) {
        shelves.takeOff(caller.subject(), bookId);
        return Response.noContent().build();
    }
}
