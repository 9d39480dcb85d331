package dev.bookstore.clubs.boundary;

import dev.bookstore.books.boundary.ApiCaller;
import dev.bookstore.books.boundary.Problem;
import dev.bookstore.books.control.ClubShelves;
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
 * {@code /api/clubs/{organizationId}/shelf}: a book club's shelf, the club being a Logto organization. Every member
 * reads it with an organization token for that organization; adding and taking off needs the organization permission
 * {@value #MANAGE}, which Logto grants through an organization role (e.g. organizer).
 */
@Path("clubs/{organizationId}/shelf")
@Produces(MediaType.APPLICATION_JSON)
public class ClubShelfResource {

    public static final String MANAGE = "manage:club-shelf";

    @Inject
    ClubShelves shelves;

    @Inject
    ApiCaller caller;

    @GET
    @RequiresOrganizationToken
    public List<Book> list(@PathParam("organizationId") String organizationId) {
        return shelves.of(organizationId);
    }

    @PUT
    @Path("{bookId}")
    @RequiresOrganizationToken(MANAGE)
    public Response put(@PathParam("organizationId") String organizationId, @PathParam("bookId") String bookId) {
        return shelves.put(organizationId, bookId, caller.subject()) ? Response.noContent().build()
                : Problem.of(404, "No such book", "the catalog has no book " + bookId);
    }

    @DELETE
    @Path("{bookId}")
    @RequiresOrganizationToken(MANAGE)
    public Response takeOff(@PathParam("organizationId") String organizationId, @PathParam("bookId") String bookId) {
        shelves.takeOff(organizationId, bookId);
        return Response.noContent().build();
    }
}
