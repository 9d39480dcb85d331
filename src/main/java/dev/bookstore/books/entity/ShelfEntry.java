package dev.bookstore.books.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A book on a user's own shelf; the user is their Logto user id ({@code sub}), never a name or email. */
@Entity
@Table(name = "shelf_entries")
@IdClass(ShelfEntry.Key.class)
public class ShelfEntry {

    /** The primary key: one entry per user and book (a class, as JPA sets its fields). */
    public static class Key implements Serializable {

        // What the JDK computed for the class as released without it (serialver), so that earlier streams still match.
        private static final long serialVersionUID = 156531773629723610L;

        private String subject;
        private String bookId;

        public Key() {
        }

        public Key(String subject, String bookId) {
            this.subject = subject;
            this.bookId = bookId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(subject, key.subject) && Objects.equals(bookId, key.bookId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subject, bookId);
        }
    }

    @Id
    private String subject;
    @Id
    @Column(name = "book_id")
    private String bookId;
    @Column(name = "added_at")
    private OffsetDateTime addedAt; // timestamptz: the type JPA maps to it on H2 and PostgreSQL alike

    protected ShelfEntry() {
    }

    public ShelfEntry(String subject, String bookId, Instant addedAt) {
        this.subject = subject;
        this.bookId = bookId;
        this.addedAt = addedAt.atOffset(ZoneOffset.UTC);
    }
}
