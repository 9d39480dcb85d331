package dev.bookstore.books.boundary;

import dev.bookstore.books.control.Catalog;
import dev.bookstore.books.control.DuplicateBookException;
import dev.bookstore.books.control.NewBook;
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
    public record BookRequest(String title, String author) {
    }

    @Inject
    Catalog catalog;

    @Inject
    ApiCaller caller;

    @GET
    @RequiresScope("read:books")
    public List<Book> list() {
        return catalog.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope("write:books")
    public Response add(BookRequest request) {
        List<String> problems = request == null ? List.of("a JSON object with title and author is required")
                : NewBook.problems(request.title(), request.author());
        if (!problems.isEmpty()) {
            return Problem.of(400, "The book cannot be added", String.join("; ", problems), problems);
        }
        try {
            Book added = catalog.add(NewBook.of(request.title(), request.author()), caller.subject());
            return Response.created(URI.create("books/" + added.id())).entity(added).build();
        } catch (DuplicateBookException listed) {
            return Problem.of(409, "The book is already in the catalog", listed.getMessage());
        }
    }
}
