package dev.bookstore.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnToTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/shelf", "/books?id=42&sort=title", "/profile#identities", "/%EC%B1%85"})
    void keepsPathsOnThisSite(String path) {
        assertEquals(path, ReturnTo.sanitize(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"//evil.example", "/\\evil.example", "\\\\evil.example", "https://evil.example/",
            "javascript:alert(1)", "evil.example", "/\tevil", "/ok\r\nSet-Cookie: x=1", "///evil.example",
            "/callback?code=x", "/sign-in", "/sign-out", "/sign-in/kakao?returnTo=/x", "/%zz"})
    void sendsEverythingElseHome(String requested) {
        assertEquals("/", ReturnTo.sanitize(requested));
    }
}
