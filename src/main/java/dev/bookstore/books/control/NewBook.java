package dev.bookstore.books.control;

import java.util.ArrayList;
import java.util.List;

/** A book someone asks to add, checked: title and author stripped, 1 to 200 characters, no control characters. */
public record NewBook(String title, String author) {

    public static final int MAX_LENGTH = 200;

    /** @return what is wrong with the request, field by field (empty when it may be added) */
    public static List<String> problems(String title, String author) {
        List<String> problems = new ArrayList<>();
        check("title", title, problems);
        check("author", author, problems);
        return problems;
    }

    public static NewBook of(String title, String author) {
        return new NewBook(title.strip(), author.strip());
    }

    private static void check(String field, String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(field + " is required");
        } else if (value.strip().length() > MAX_LENGTH) {
            problems.add(field + " is longer than " + MAX_LENGTH + " characters");
        } else if (value.strip().chars().anyMatch(Character::isISOControl)) {
            problems.add(field + " contains control characters");
        }
    }
}
