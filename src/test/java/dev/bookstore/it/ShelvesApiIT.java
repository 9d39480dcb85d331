package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The catalog and each user's shelf through the API, on the server's database: adding is checked and answered
 * with problem details, and a shelf is only ever its token's user's.
 */
class ShelvesApiIT extends BookstoreIT {

    private final Browserless client = new Browserless();

    private HttpResponse<String> call(String method, String path, String token) {
        return client.sendWith(method, ItSettings.url(path), "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> add(String token, String json) {
        return client.postJson(ItSettings.url("/api/books"), json, "Authorization", "Bearer " + token);
    }

    @Test
    void badOrDuplicateBooksAreAnsweredWithProblemDetails(LogtoDouble logto) throws Exception {
        String admin = ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "admin"));
        HttpResponse<String> blank = add(admin, "{\"title\":\"  \",\"author\":\"" + "x".repeat(201) + "\"}");
        assertEquals(400, blank.statusCode(), blank::body);
        assertTrue(blank.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(blank.body().contains("title is required") && blank.body().contains("author is longer than 200"), blank::body);
        assertEquals(400, add(admin, "not json").statusCode());

        String title = "Pachinko " + UUID.randomUUID();
        HttpResponse<String> added = add(admin, "{\"title\":\" " + title + " \",\"author\":\"Min Jin Lee\"}");
        assertEquals(201, added.statusCode(), added::body);
        assertTrue(added.body().contains("\"addedBy\":\"" + ProviderTokens.subject(admin) + "\""), added::body);
        HttpResponse<String> again = add(admin, "{\"title\":\"" + title.toUpperCase() + "\",\"author\":\"min jin lee\"}");
        assertEquals(409, again.statusCode(), again::body);
        assertTrue(again.body().contains("\"status\":409"), again::body);
    }

    @Test
    void aShelfIsItsTokensUsersOnly(LogtoDouble logto) throws Exception {
        String reader = ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "reader"));
        String kakao = ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "kakao"));
        assertEquals(204, call("PUT", "/api/shelf/b-2", reader).statusCode());
        assertEquals(204, call("PUT", "/api/shelf/b-2", reader).statusCode(), "twice is once");
        assertTrue(call("GET", "/api/shelf", reader).body().contains("채식주의자"));
        assertFalse(call("GET", "/api/shelf", kakao).body().contains("채식주의자"), "not on another user's shelf");
        assertEquals(204, call("DELETE", "/api/shelf/b-2", kakao).statusCode());
        assertTrue(call("GET", "/api/shelf", reader).body().contains("채식주의자"), "another user cannot take it off");
        assertEquals(404, call("PUT", "/api/shelf/no-such-book", reader).statusCode());
        assertEquals(204, call("DELETE", "/api/shelf/b-2", reader).statusCode());
        assertEquals("[]", call("GET", "/api/shelf", reader).body());
        assertEquals(401, client.get(ItSettings.url("/api/shelf")).statusCode());
    }
}
