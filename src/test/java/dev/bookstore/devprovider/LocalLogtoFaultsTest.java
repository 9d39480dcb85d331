package dev.bookstore.devprovider;

import static dev.bookstore.devprovider.OAuthTestValues.idTokenClaims;
import static dev.bookstore.devprovider.OAuthTestValues.json;
import static dev.bookstore.devprovider.OAuthTestValues.utf8Json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Faults a test switches on to see the client refuse a misbehaving provider. */
class LocalLogtoFaultsTest {

    private static final String ADMIN_SUBJECT = "adm2k5r8t1ef";

    @RegisterExtension
    final LocalLogtoHarness harness = new LocalLogtoHarness();

    @Test
    void userinfoSubjectFaultAnswersAnotherSubUntilReset() throws Exception {
        Map<String, Object> tokens = harness.tokensFor("admin", "openid profile");
        assertEquals(ADMIN_SUBJECT, userinfo(tokens).get("sub"), "faults are off at start");

        harness.provider().faults().userinfoSubject("someone-else");
        Map<String, Object> forged = userinfo(tokens);
        assertEquals("someone-else", forged.get("sub"));
        assertEquals("Alex Admin", forged.get("name"), "only the sub is swapped");
        Map<String, Object> later = harness.tokensFor("admin", "openid");
        assertEquals(ADMIN_SUBJECT, idTokenClaims(later).getSubject(),
                "the ID token keeps the real sub, so the mismatch is detectable");

        harness.provider().faults().reset();
        assertEquals(ADMIN_SUBJECT, userinfo(tokens).get("sub"));
    }

    @Test
    void settingTheUserinfoSubjectToNullTurnsTheFaultOff() {
        Map<String, Object> tokens = harness.tokensFor("reader", "openid");
        harness.provider().faults().userinfoSubject("someone-else");
        harness.provider().faults().userinfoSubject(null);
        assertEquals("rdr4x8q2m1ab", userinfo(tokens).get("sub"));
    }

    @Test
    void refreshTokensInvalidFaultRefusesEveryRefreshUntilTurnedOff() {
        Object refreshToken = ResourceFlow.signIn(harness, "admin", ResourceFlow.BOOK_SCOPES).get("refresh_token");
        harness.provider().faults().refreshTokensInvalid(true);
        for (Map<String, String> extra : List.of(Map.<String, String>of(),
                Map.of("resource", ResourceFlow.API))) {
            HttpResponse<String> refused = ResourceFlow.refresh(harness, refreshToken, extra);
            assertEquals(400, refused.statusCode());
            assertEquals("invalid_grant", json(refused).get("error"));
        }
        harness.provider().faults().refreshTokensInvalid(false);
        Object rotated = json(ResourceFlow.refresh(harness, refreshToken, Map.of()))
                .get("refresh_token");

        harness.provider().faults().refreshTokensInvalid(true);
        harness.provider().faults().reset();
        assertEquals(200, ResourceFlow.refresh(harness, rotated, Map.of()).statusCode(), "reset turns it off");
    }

    private Map<String, Object> userinfo(Map<String, Object> tokens) {
        return utf8Json(harness.userinfo(tokens.get("access_token")));
    }
}
