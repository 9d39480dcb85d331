package dev.bookstore.books.entity;

import java.time.Instant;

/** A book in the catalog, as pages and the API show it: who added it (a Logto user id, or null) and when. */
public record Book(String id, String title, String author, String addedBy, Instant addedAt) {
}
