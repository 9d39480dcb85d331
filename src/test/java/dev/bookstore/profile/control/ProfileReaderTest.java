package dev.bookstore.profile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.profile.entity.LinkedIdentity;
import dev.bookstore.profile.entity.Organization;
import dev.bookstore.profile.entity.UserProfile;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    /** What Logto sends for a Kakao user who declined to share the email. */
    static Map<String, Object> kakaoIdToken() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "kko7p3n9w2cd");
        claims.put("name", "김민지");
        claims.put("username", null);
        claims.put("picture", "https://k.kakaocdn.net/dn/abc/img_640x640.jpg");
        claims.put("roles", List.of());
        claims.put("organizations", List.of("org-seoul-readers"));
        return claims;
    }

    static Map<String, Object> kakaoUserinfo() {
        return Map.of("sub", "kko7p3n9w2cd", "name", "김민지",
                "organization_data", List.of(Map.of("id", "org-seoul-readers", "name", "서울 독서 모임")),
                "identities", Map.of("kakao", Map.of("userId", "3141592653", "details", Map.of(
                        "id", "3141592653", "name", "김민지", "avatar", "https://k.kakaocdn.net/dn/abc/img_110x110.jpg",
                        "rawData", Map.of("code", "kakao-authorization-code", "state", "kakao-state")))));
    }

    @Test
    void aKakaoUserWithoutEmailHasTheirKakaoIdentityAndNoEmail() {
        UserProfile profile = ProfileReader.read(kakaoIdToken(), kakaoUserinfo(), NOW);
        assertEquals("김민지", profile.displayName());
        assertFalse(profile.hasEmail());
        assertFalse(profile.emailVerified());
        assertEquals(List.of(new LinkedIdentity("kakao", "3141592653", "김민지",
                "https://k.kakaocdn.net/dn/abc/img_110x110.jpg")), profile.identities());
        assertTrue(profile.identitiesKnown());
        assertEquals(List.of(new Organization("org-seoul-readers", "서울 독서 모임")), profile.organizations());
        assertEquals(NOW, profile.signedInAt());
    }

    @Test
    void theSocialProvidersRawDataIsNeverKept() {
        UserProfile profile = ProfileReader.read(kakaoIdToken(), kakaoUserinfo(), NOW);
        assertFalse(profile.toString().contains("kakao-authorization-code"));
        assertFalse(profile.toString().contains("kakao-state"));
    }

    @Test
    void withoutUserinfoTheIdTokenStillSignsTheUserIn() {
        UserProfile profile = ProfileReader.read(kakaoIdToken(), null, NOW);
        assertEquals("김민지", profile.name());
        assertFalse(profile.identitiesKnown());
        assertEquals(List.of(new Organization("org-seoul-readers", null)), profile.organizations());
        assertEquals("org-seoul-readers", profile.organizations().get(0).displayName());
    }

    @Test
    void rolesEmailAndVerificationComeFromTheClaims() {
        Map<String, Object> idToken = new HashMap<>(Map.of("sub", "adm2k5r8t1ef", "username", "admin",
                "email", "admin@example.com", "email_verified", true, "roles", List.of("admin", "editor")));
        UserProfile profile = ProfileReader.read(idToken, Map.of("sub", "adm2k5r8t1ef"), NOW);
        assertEquals("admin", profile.displayName(), "username when there is no name");
        assertEquals("admin@example.com", profile.email());
        assertTrue(profile.emailVerified());
        assertEquals(List.of("admin", "editor"), profile.roles());
        assertEquals(List.of(), profile.identities());
    }

    @Test
    void aUserWithNothingButASubjectIsShownByIt() {
        UserProfile profile = ProfileReader.read(Map.of("sub", "x1y2z3"), null, NOW);
        assertEquals("x1y2z3", profile.displayName());
        assertEquals("X", profile.initial());
        assertNull(profile.picture());
        assertFalse(profile.hasPicture());
    }

    @Test
    void theSignInsAgeIsLogtosAuthTimeAndWithoutItTheSignInIsNeverRecent() {
        Instant longAgo = NOW.minus(java.time.Duration.ofHours(12));
        UserProfile reused = ProfileReader.read(Map.of("sub", "x1y2z3", "auth_time", longAgo.getEpochSecond()), null, NOW);
        assertEquals(longAgo, reused.authenticatedAt());
        assertFalse(reused.authenticatedWithin(java.time.Duration.ofMinutes(10), NOW));
        UserProfile unsaid = ProfileReader.read(Map.of("sub", "x1y2z3"), null, NOW);
        assertNull(unsaid.authenticatedAt());
        assertFalse(unsaid.authenticatedWithin(java.time.Duration.ofMinutes(10), NOW));
    }
}
