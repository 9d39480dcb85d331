package dev.bookstore.web.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A URI is in normal form, or it is refused before any check reads it (the ITs send each variant to a server). */
class RoutedPathTest {

    @Test
    void theSitesOwnPathsAreNormal() {
        for (String path : List.of("/", "/admin", "/profile", "/index.xhtml", "/api/shelf/b-3", "/sign-in/kakao",
                "/jakarta.faces.resource/css/app.css.xhtml", "/api/books/%ED%95%9C", "/a.b/c..d/.e")) {
            assertTrue(RoutedPath.isNormal(path), path);
        }
    }

    @Test
    void dotSegmentsEmptySegmentsParametersBackslashesAndTheirEscapesAreNot() {
        for (String path : List.of("/api/../admin", "/./admin", "//admin", "/admin;x", "/admin;jsessionid=1", "/api/..;/admin",
                "/%2e%2e/admin", "/api/%2E%2E/admin", "/api%2fadmin", "/api%2Fadmin", "/api/..%2fadmin", "/api%5c..%5cadmin",
                "/api\\..\\admin", "/.%2e/admin", "/admin/.", "/admin/..", "/admin%00", "/admin%0d%0a", "/%252e%252e/admin",
                "/admin%3bx", "admin", "")) {
            assertFalse(RoutedPath.isNormal(path), path);
        }
    }
}
