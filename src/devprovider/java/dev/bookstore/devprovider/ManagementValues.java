package dev.bookstore.devprovider;

import java.util.List;

/** Reading the loosely typed JSON values of Management API bodies. */
final class ManagementValues {

    private ManagementValues() {
    }

    /** A JSON list's values as strings; anything else as an empty list. */
    static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
