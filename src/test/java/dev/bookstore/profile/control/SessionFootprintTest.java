package dev.bookstore.profile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.entity.IssuedToken;
import dev.bookstore.tokens.entity.UserTokens;
import dev.bookstore.web.entity.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What stays in a signed-in user's HTTP session (the pending sign-in is gone by then) must serialize back to
 * the same values (the cluster replicates it) and stay small: after sign-in, the profile, the refresh token and
 * the language; later also an API token and an organization token, of the length Logto's ES384 JWTs have.
 */
class SessionFootprintTest {

    private static final int AFTER_SIGN_IN_BUDGET = 2048;
    private static final int WITH_TOKENS_BUDGET = 6144;
    /** Logto's ES384 access tokens, with audience, scopes and ids, run to about 700 characters. */
    private static final String JWT_SIZED = "eyJ" + "x".repeat(700);

    @Test
    void aKakaoUsersSessionSerializesBackToTheSameValuesWithinBudget() throws Exception {
        Map<String, Object> idToken = new HashMap<>(ProfileReaderTest.kakaoIdToken());
        idToken.put("roles", List.of("admin", "reader"));
        UserProfile profile = ProfileReader.read(idToken, ProfileReaderTest.kakaoUserinfo(), Instant.now());
        UserTokens signedIn = UserTokens.of("refresh-token-of-43-characters-like-logtos");

        Object[] afterSignIn = {profile, signedIn, Language.KOREAN};
        int afterSignInBytes = assertRoundTrip(afterSignIn);

        Instant inAnHour = Instant.now().plusSeconds(3600);
        UserTokens withTokens = signedIn
                .with("https://api.bookstore.example", new IssuedToken(JWT_SIZED, inAnHour, List.of("read:books", "write:books")), null)
                .with("urn:logto:organization:org-seoul-readers", new IssuedToken(JWT_SIZED, inAnHour, List.of()), null);
        int withTokensBytes = assertRoundTrip(new Object[] {profile, withTokens, Language.KOREAN});

        System.out.printf("Session of a signed-in Kakao user: %d bytes after sign-in, %d with an API and an organization token%n",
                afterSignInBytes, withTokensBytes);
        assertTrue(afterSignInBytes <= AFTER_SIGN_IN_BUDGET, afterSignInBytes + " bytes after sign-in, budget " + AFTER_SIGN_IN_BUDGET);
        assertTrue(withTokensBytes <= WITH_TOKENS_BUDGET, withTokensBytes + " bytes with tokens, budget " + WITH_TOKENS_BUDGET);
    }

    private static int assertRoundTrip(Object[] attributes) throws IOException, ClassNotFoundException {
        byte[] bytes = serialize(attributes);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            Object[] restored = (Object[]) in.readObject();
            for (int i = 0; i < attributes.length; i++) {
                assertEquals(attributes[i], restored[i]);
            }
        }
        return bytes.length;
    }

    private static byte[] serialize(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }
}
