package dev.bookstore.books.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** A row of the catalog: the book, and who added it when ({@code addedBy} is a Logto user id, or null). */
@Entity
@Table(name = "books")
public class CatalogEntry {

    @Id
    private String id;
    private String title;
    private String author;
    @Column(name = "same_book")
    private String sameBook;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private OffsetDateTime addedAt; // timestamptz: the type JPA maps to it on H2 and PostgreSQL alike

    protected CatalogEntry() {
    }

    public CatalogEntry(String id, String title, String author, String addedBy, Instant addedAt) {
        this.id = id;
        this.title = title;
        this.author = author;
        this.sameBook = sameBook(title, author);
        this.addedBy = addedBy;
        this.addedAt = addedAt.atOffset(ZoneOffset.UTC);
    }

    /** The key that makes one book one row, whatever the case it was typed in. */
    public static String sameBook(String title, String author) {
        return (title + " / " + author).toLowerCase(Locale.ROOT);
    }

    public Book toBook() {
        return new Book(id, title, author, addedBy, addedAt.toInstant());
    }

    /** The user asked to be forgotten: the book stays in the catalog, without their id. */
    public void forgetWhoAdded() {
        addedBy = null;
    }
}
