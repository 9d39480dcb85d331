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

/** A book on a book club's shelf: the club is a Logto organization, by its id; who put it there, by Logto user id. */
@Entity
@Table(name = "club_shelf_entries")
@IdClass(ClubShelfEntry.Key.class)
public class ClubShelfEntry {

    /** The primary key: one entry per club and book. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String organizationId;
        private String bookId;

        public Key() {
        }

        public Key(String organizationId, String bookId) {
            this.organizationId = organizationId;
            this.bookId = bookId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(organizationId, key.organizationId)
                    && Objects.equals(bookId, key.bookId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, bookId);
        }
    }

    @Id
    @Column(name = "organization_id")
    private String organizationId;
    @Id
    @Column(name = "book_id")
    private String bookId;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    protected ClubShelfEntry() {
    }

    public ClubShelfEntry(String organizationId, String bookId, String addedBy, Instant addedAt) {
        this.organizationId = organizationId;
        this.bookId = bookId;
        this.addedBy = addedBy;
        this.addedAt = addedAt.atOffset(ZoneOffset.UTC);
    }
}
