package dev.bookstore.devprovider;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The space-separated words of a {@code scope} or {@code prompt} parameter. */
final class ScopeWords {

    private ScopeWords() {
    }

    static Stream<String> of(String value) {
        return value == null ? Stream.empty()
                : Arrays.stream(value.trim().split("\\s+")).filter(word -> !word.isEmpty());
    }

    /** The requested words that are among {@code known}, once each, in request order; Logto ignores the rest. */
    static List<String> known(String value, List<String> known) {
        return of(value).filter(known::contains).distinct().toList();
    }
}
