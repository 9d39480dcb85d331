package dev.bookstore.books.boundary;

import dev.bookstore.books.control.Catalog;
import dev.bookstore.books.entity.Book;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** {@code /api/books}: reading needs {@code read:books}, adding needs {@code write:books}. */
@Path("books")
@Produces(MediaType.APPLICATION_JSON)
public class BooksResource {

    /** What a client sends to add a book. */
    public record NewBook(String title, String author) {
    }

    @Inject
    Catalog catalog;

    @GET
    @RequiresScope("read:books")
    public List<Book> list() {
        return catalog.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("write:books")
    public Response add(NewBook book) {
        if (book == null || blank(book.title()) || blank(book.author())) {
            return Response.status(400).entity("{\"error\":\"invalid_request\",\"error_description\":\"title and author are required\"}").build();
        }
        Book added = catalog.add(book.title(), book.author());
        return Response.created(URI.create("books/" + added.id())).entity(added).build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
