package dev.bookstore.books.entity;

/** A book in the catalog. */
public record Book(String id, String title, String author) {
}
