package dev.bookstore.books.control;

import dev.bookstore.books.entity.Book;
import dev.bookstore.books.entity.CatalogEntry;
import dev.bookstore.books.entity.ClubShelfEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Each book club's shelf, keyed by its Logto organization id. Who may read or change which club's shelf is decided
 * before this class is called, by an organization token for that very organization ({@code OrganizationTokenFilter}
 * for the API, {@code ClubShelfView} for the pages).
 */
@ApplicationScoped
@ReachesDatabase
public class ClubShelves {

    @PersistenceContext(unitName = "bookstore")
    EntityManager database;

    public List<Book> of(String organizationId) {
        return database.createQuery("select book from ClubShelfEntry shelved, CatalogEntry book"
                        + " where shelved.organizationId = :organization and book.id = shelved.bookId order by shelved.addedAt",
                        CatalogEntry.class)
                .setParameter("organization", organizationId).getResultList().stream().map(CatalogEntry::toBook).toList();
    }

    /** @return false when the catalog has no such book; putting it twice keeps one */
    @Transactional
    public boolean put(String organizationId, String bookId, String addedBy) {
        if (database.find(CatalogEntry.class, bookId) == null) {
            return false;
        }
        if (database.find(ClubShelfEntry.class, new ClubShelfEntry.Key(organizationId, bookId)) == null) {
            database.persist(new ClubShelfEntry(organizationId, bookId, addedBy, Instant.now()));
        }
        return true;
    }

    @Transactional
    public void takeOff(String organizationId, String bookId) {
        ClubShelfEntry entry = database.find(ClubShelfEntry.class, new ClubShelfEntry.Key(organizationId, bookId));
        if (entry != null) {
            database.remove(entry);
        }
    }

    /** Right to erasure: the clubs keep their books, without the user's id; @return how many they had put there */
    @Transactional
    public int forget(String subject) {
        return database.createQuery("update ClubShelfEntry shelved set shelved.addedBy = null where shelved.addedBy = :subject")
                .setParameter("subject", subject).executeUpdate();
    }
}
