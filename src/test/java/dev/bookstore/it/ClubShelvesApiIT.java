package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A book club's shelf through the API: only an organization token for that very organization, checked like any access
 * token, and the organization permission manage:club-shelf to change it; refusals are problem details with RFC 6750's
 * challenge. 김민지 (kakao) organizes 서울 독서 모임 and is a plain member of the Bookworms; Alex (admin) organizes the
 * Bookworms; Jane (reader) is in no club.
 */
class ClubShelvesApiIT extends BookstoreIT {

    private static final String SEOUL = "/api/clubs/org-seoul-readers/shelf";
    private final Browserless client = new Browserless();

    private HttpResponse<String> call(String method, String path, String token) {
        return client.sendWith(method, ItSettings.url(path), "Authorization", "Bearer " + token);
    }

    private static String organizationToken(LogtoDouble logto, String user, String organization) throws Exception {
        return ProviderTokens.accessToken(ProviderTokens.organizationTokens(logto, user, organization));
    }

    private static void assertRefused(int status, String challenge, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"status\":" + status), response::body);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").contains(challenge),
                () -> response.headers().map().toString());
    }

    @Test
    void anOrganizerPutsABookOnTheClubsShelfAndTakesItOff(LogtoDouble logto) throws Exception {
        String organizer = organizationToken(logto, "kakao", "org-seoul-readers");
        assertEquals(204, call("PUT", SEOUL + "/b-3", organizer).statusCode());
        assertEquals(204, call("PUT", SEOUL + "/b-3", organizer).statusCode(), "twice is once");
        HttpResponse<String> shelf = call("GET", SEOUL, organizer);
        assertEquals(200, shelf.statusCode(), shelf::body);
        assertTrue(shelf.body().contains("Le Petit Prince"), shelf::body);
        assertFalse(call("GET", "/api/clubs/org-bookworms/shelf", organizationToken(logto, "admin", "org-bookworms"))
                .body().contains("Le Petit Prince"), "another club's shelf is its own");
        assertEquals(404, call("PUT", SEOUL + "/no-such-book", organizer).statusCode());
        assertEquals(204, call("DELETE", SEOUL + "/b-3", organizer).statusCode());
        assertFalse(call("GET", SEOUL, organizer).body().contains("Le Petit Prince"));
    }

    @Test
    void aPlainMemberReadsTheShelfButMayNotChangeIt(LogtoDouble logto) throws Exception {
        String member = organizationToken(logto, "kakao", "org-bookworms");
        assertEquals(200, call("GET", "/api/clubs/org-bookworms/shelf", member).statusCode());
        assertRefused(403, "scope=\"manage:club-shelf\"", call("PUT", "/api/clubs/org-bookworms/shelf/b-1", member));
        assertRefused(403, "insufficient_scope", call("DELETE", "/api/clubs/org-bookworms/shelf/b-1", member));
    }

    @Test
    void aNonMemberCannotEvenGetATokenAndAnotherClubsTokenIsRefused(LogtoDouble logto) throws Exception {
        assertEquals(403, ProviderTokens.organizationTokens(logto, "reader", "org-seoul-readers").get("http_status"),
                "Logto issues no organization token to a non-member");
        String othersClub = organizationToken(logto, "admin", "org-bookworms");
        assertRefused(403, "insufficient_scope", call("GET", SEOUL, othersClub));
        assertRefused(403, "insufficient_scope", call("PUT", SEOUL + "/b-1", othersClub));
        String userApiToken = ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "kakao"));
        assertRefused(403, "insufficient_scope", call("GET", SEOUL, userApiToken));
    }

    @Test
    void logtosOrganizationScopedTokenForTheApiReadsButCarriesNoOrganizationPermission(LogtoDouble logto) throws Exception {
        Object refreshToken = ProviderTokens.apiTokens(logto, "kakao").get("refresh_token");
        String scoped = ProviderTokens.accessToken(ProviderTokens.token(new Browserless(), logto, Map.of("grant_type",
                "refresh_token", "refresh_token", (String) refreshToken, "organization_id", "org-seoul-readers",
                "resource", logto.apiResource())));
        assertEquals(200, call("GET", SEOUL, scoped).statusCode());
        assertRefused(403, "insufficient_scope", call("GET", "/api/clubs/org-bookworms/shelf", scoped));
        assertRefused(403, "scope=\"manage:club-shelf\"", call("PUT", SEOUL + "/b-1", scoped));
    }

    @Test
    void noForgedOrExpiredOrMissingTokenGetsIn(LogtoDouble logto) throws Exception {
        String organizer = organizationToken(logto, "kakao", "org-seoul-readers");
        String[] parts = organizer.split("\\.");
        String otherSignature = organizationToken(logto, "kakao", "org-bookworms").split("\\.")[2];
        assertRefused(401, "invalid_token", call("GET", SEOUL, parts[0] + "." + parts[1] + "." + otherSignature));
        assertRefused(401, "invalid_token", call("GET", SEOUL, parts[0] + "." + parts[1] + "."));
        assertRefused(401, "Bearer", client.sendWith("GET", ItSettings.url(SEOUL), "Accept", "application/json"));
        assertRefused(401, "Bearer", client.sendWith("GET", ItSettings.url(SEOUL), "Authorization", "Basic a2FrYW86eA=="));

        logto.accessTokenLifetime(Duration.ZERO);
        String expired = organizationToken(logto, "kakao", "org-seoul-readers");
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // past the 5 s of clock skew allowed for access tokens
        assertRefused(401, "invalid_token", call("GET", SEOUL, expired));
    }

    @Test
    void aPathVariantNamesTheClubTheServerRoutesTo(LogtoDouble logto) throws Exception {
        String othersClub = organizationToken(logto, "admin", "org-bookworms");
        for (String variant : new String[] {"/api/clubs/org-bookworms/../org-seoul-readers/shelf",
                "/api/clubs/org-seoul-readers;org-bookworms/shelf", "/api/clubs/org-seoul-readers/shelf;x=org-bookworms",
                "/api/clubs/%6frg-seoul-readers/shelf", "/api/./clubs/org-seoul-readers/shelf"}) {
            HttpResponse<String> response = call("GET", variant, othersClub);
            assertTrue(response.statusCode() == 403 || response.statusCode() == 400 || response.statusCode() == 404,
                    () -> variant + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
