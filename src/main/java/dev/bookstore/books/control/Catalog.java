package dev.bookstore.books.control;

import dev.bookstore.books.entity.Book;
import dev.bookstore.books.entity.CatalogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The catalog, in the database every member shares: listed oldest first, each book once. */
@ApplicationScoped
@ReachesDatabase
public class Catalog {

    @PersistenceContext(unitName = "bookstore")
    EntityManager database;

    public List<Book> all() {
        return database.createQuery("select book from CatalogEntry book order by book.addedAt, book.title", CatalogEntry.class)
                .getResultList().stream().map(CatalogEntry::toBook).toList();
    }

    /** @param addedBy the Logto user id of whoever adds it */
    @Transactional
    public Book add(NewBook book, String addedBy) throws DuplicateBookException {
        boolean listed = !database.createQuery("select book.id from CatalogEntry book where book.sameBook = :key", String.class)
                .setParameter("key", CatalogEntry.sameBook(book.title(), book.author())).getResultList().isEmpty();
        if (listed) {
            throw new DuplicateBookException(book);
        }
        CatalogEntry entry = new CatalogEntry(UUID.randomUUID().toString(), book.title(), book.author(), addedBy, Instant.now());
        database.persist(entry);
        return entry.toBook();
    }

    /** Right to erasure: the books stay, without the user's id; @return how many books they had added */
    @Transactional
    public int forgetAdder(String subject) {
        List<CatalogEntry> added = database.createQuery("select book from CatalogEntry book where book.addedBy = :subject",
                CatalogEntry.class).setParameter("subject", subject).getResultList();
        added.forEach(CatalogEntry::forgetWhoAdded);
        return added.size();
    }
}
