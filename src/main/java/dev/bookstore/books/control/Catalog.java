package dev.bookstore.books.control;

import dev.bookstore.books.entity.Book;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** The books, in memory: enough for the shelf and the API; a database would take its place. */
@ApplicationScoped
public class Catalog {

    private final List<Book> books = new CopyOnWriteArrayList<>(List.of(
            new Book("b-1", "The Left Hand of Darkness", "Ursula K. Le Guin"),
            new Book("b-2", "채식주의자", "한강"),
            new Book("b-3", "Le Petit Prince", "Antoine de Saint-Exupéry")));

    public List<Book> all() {
        return List.copyOf(books);
    }

    public Book add(String title, String author) {
        Book book = new Book(UUID.randomUUID().toString(), title.strip(), author.strip());
        books.add(book);
        return book;
    }
}
