package dev.bookstore.web.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wellFormedCredentialsAndOtherSchemesAreNotMalformed() {
        for (String header : List.of(basic("ops:secret"), "basic " + basic("a:b").substring(6), basic("a:"), basic(":b"), "Bearer eyJhbGciOi.x.y", "Negotiate abc")) {
            assertFalse(BasicCredentials.malformed(header), header);
        }
        assertFalse(BasicCredentials.malformed(null));
    }

    @Test
    void anyOtherBasicHeaderIs() {
        for (String header : List.of("Basic !!!", "Basic", "Basic ", "basic !!!", basic("no-colon"),
                "Basic  " + basic("a:b").substring(6), basic("a:b") + " ", "Basic bm9jb2xvbg", "Basic%20x")) {
            assertTrue(BasicCredentials.malformed(header), header);
        }
    }
}
