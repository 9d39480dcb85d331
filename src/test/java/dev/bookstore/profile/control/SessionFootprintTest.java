package dev.bookstore.profile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.web.entity.Language;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the app keeps in a signed-in user's HTTP session must serialize (the cluster replicates it) and stay small. */
class SessionFootprintTest {

    private static final int BUDGET_BYTES = 2048;

    private static byte[] serialize(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    @Test
    void aKakaoUsersSessionSerializesBackToTheSameValuesWithinBudget() throws Exception {
        Map<String, Object> idToken = new java.util.HashMap<>(ProfileReaderTest.kakaoIdToken());
        idToken.put("roles", List.of("admin", "reader"));
        UserProfile profile = ProfileReader.read(idToken, ProfileReaderTest.kakaoUserinfo(), Instant.now());
        PendingSignIn pending = new PendingSignIn(SignInIntent.KAKAO, "/shelf?sort=title", Instant.now());
        Object[] session = {profile, pending, Language.KOREAN};

        byte[] bytes = serialize(session);
        System.out.printf("Session attributes of a signed-in Kakao user (profile, pending sign-in, language): %d bytes%n",
                bytes.length);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            Object[] restored = (Object[]) in.readObject();
            assertEquals(profile, restored[0]);
            assertEquals(pending, restored[1]);
        }
        assertTrue(bytes.length <= BUDGET_BYTES, bytes.length + " bytes is over the budget of " + BUDGET_BYTES);
    }
}
