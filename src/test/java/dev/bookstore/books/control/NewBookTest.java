package dev.bookstore.books.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the API accepts as a new book: one problem per field, each saying what is wrong. */
class NewBookTest {

    @Test
    void aTitleAndAnAuthorAreEnoughAndAreStripped() {
        assertEquals(List.of(), NewBook.problems("  토지 ", "박경리"));
        assertEquals(new NewBook("토지", "박경리"), NewBook.of("  토지 ", "박경리\t"));
    }

    @Test
    void blankMissingTooLongOrControlCharactersAreRefusedFieldByField() {
        assertEquals(List.of("title is required", "author is required"), NewBook.problems(" ", null));
        assertEquals(List.of("title is longer than 200 characters"), NewBook.problems("x".repeat(201), "a"));
        assertEquals(List.of(), NewBook.problems(" " + "x".repeat(200) + " ", "a"), "200 after stripping is fine");
        assertEquals(List.of("author contains control characters"), NewBook.problems("t", "a\u0000b"));
    }
}
