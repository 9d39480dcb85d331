package dev.bookstore.books.control;

import dev.bookstore.books.entity.Book;
import dev.bookstore.books.entity.CatalogEntry;
import dev.bookstore.books.entity.ShelfEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Each user's own shelf, keyed by their Logto user id ({@code sub}): every method takes the subject of the caller,
 * never another's, so one user can neither see nor change another's shelf.
 */
@ApplicationScoped
@ReachesDatabase
public class Shelves {

    @PersistenceContext(unitName = "bookstore")
    EntityManager database;

    public List<Book> of(String subject) {
        return database.createQuery("select book from ShelfEntry shelved, CatalogEntry book where shelved.subject = :subject"
                        + " and book.id = shelved.bookId order by shelved.addedAt", CatalogEntry.class)
                .setParameter("subject", subject).getResultList().stream().map(CatalogEntry::toBook).toList();
    }

    /** @return false when the catalog has no such book; putting it twice keeps one */
    @Transactional
    public boolean put(String subject, String bookId) {
        if (database.find(CatalogEntry.class, bookId) == null) {
            return false;
        }
        if (database.find(ShelfEntry.class, new ShelfEntry.Key(subject, bookId)) == null) {
            database.persist(new ShelfEntry(subject, bookId, Instant.now()));
        }
        return true;
    }

    @Transactional
    public void takeOff(String subject, String bookId) {
        ShelfEntry entry = database.find(ShelfEntry.class, new ShelfEntry.Key(subject, bookId));
        if (entry != null) {
            database.remove(entry);
        }
    }

    /** Right to erasure: every entry of the user; @return how many there were */
    @Transactional
    public int eraseAll(String subject) {
        return database.createQuery("delete from ShelfEntry shelved where shelved.subject = :subject")
                .setParameter("subject", subject).executeUpdate();
    }
}
