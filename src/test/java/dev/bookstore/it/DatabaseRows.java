package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** What the members wrote, read straight from the Bookstore's database (as its administrator), and what the API said it wrote. */
final class DatabaseRows {

    private DatabaseRows() {
    }

    /** How many rows of the catalog have this title. */
    static int books(LocalPostgres postgres, String title) throws SQLException {
        return titlesPresent(postgres, Set.of(title)).size();
    }

    /** Which of {@code titles} are in the catalog's table. */
    static Set<String> titlesPresent(LocalPostgres postgres, Collection<String> titles) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Connection connection = postgres.connect("bookstore");
             PreparedStatement query = connection.prepareStatement("SELECT title FROM books WHERE title = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("varchar", titles.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getString(1));
                }
            }
        }
        return present;
    }

    /** The id of the book the API says it added (201 with the book). */
    static String id(HttpResponse<String> added) throws java.text.ParseException {
        assertEquals(201, added.statusCode(), added::body);
        return (String) JSONObjectUtils.parse(added.body()).get("id");
    }
}
