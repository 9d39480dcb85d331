package dev.bookstore.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.auth.entity.PendingSignIn;
import dev.bookstore.auth.entity.ProofKey;
import dev.bookstore.auth.entity.SignInIntent;
import dev.bookstore.books.entity.ShelfEntry;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.LinkedIdentity;
import dev.bookstore.profile.entity.Organization;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.tokens.entity.IssuedToken;
import dev.bookstore.tokens.entity.UserTokens;
import dev.bookstore.web.control.PageLanguage;
import dev.bookstore.web.entity.Language;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sessions the previous release (ce524c7) wrote, read by this one: a signed-in Kakao user stays signed in with all that
 * was known of them, and a sign-in that left for Logto on an old member finishes on a new one. The records now declare
 * a serialVersionUID and still read the old data: the JDK never compares a record's, and reads it by component name
 * (Java Object Serialization Specification 1.13: a component missing from the stream gets its default, a stream field
 * with no component is dropped), so values are compared whole. Fails when a session record's component is renamed,
 * removed or changes type; a record, enum or attribute name moves or is renamed; an enum constant the fixtures hold is
 * renamed or removed; or ShelfEntry.Key's serialVersionUID or fields change.
 */
class RollingUpgradeTest {

    private static final Instant SIGNED_IN_AT = Instant.parse("2026-12-07T19:20:00Z");
    private static final Instant TOKENS_EXPIRE_AT = Instant.parse("2026-12-07T20:25:00Z");
    /** RFC 7636, appendix B: this verifier and its S256 challenge. */
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    private static HttpSession signedIn() throws Exception {
        return PreviousRelease.session("signed-in-session", "Qm3f9XbT0kLw7Rz2Vn8cJpA");
    }

    @Test
    void aSignedInKakaoUserStaysSignedInWithTheirWholeProfile() throws Exception {
        UserProfile expected = new UserProfile("kko7p3n9w2cd", "김민지", null, "https://k.kakaocdn.net/dn/abc/img_640x640.jpg",
                "minji.kim@example.kr", true, SIGNED_IN_AT, List.of("admin", "reader"),
                List.of(new Organization("org-seoul-readers", "서울 독서 모임")),
                List.of(new LinkedIdentity("kakao", "3141592653", "김민지", "https://k.kakaocdn.net/dn/abc/img_110x110.jpg")),
                true, "hqj4a9sRk2v0dXp7TnBfW", SIGNED_IN_AT.minusSeconds(90));
        assertEquals(expected, SessionProfile.of(signedIn()).orElseThrow());
    }

    @Test
    void theSignedInUsersTokensAreKept() throws Exception {
        UserTokens tokens = (UserTokens) signedIn().getAttribute(UserTokens.SESSION_ATTRIBUTE);
        assertEquals(new UserTokens("rt_3Lm9Qp2Wx7Zc4Vb8Nd1Fg6Hj0Ks5Tr2Ye9Ui4Oa", Map.of(
                "https://api.bookstore.example", new IssuedToken("eyJhbGciOiJFUzM4NCIsInR5cCI6ImF0K2p3dCJ9.api.sig",
                        TOKENS_EXPIRE_AT, List.of("read:books", "write:books")),
                "urn:logto:organization:org-seoul-readers", new IssuedToken("eyJhbGciOiJFUzM4NCIsInR5cCI6ImF0K2p3dCJ9.org.sig",
                        TOKENS_EXPIRE_AT, List.of()))), tokens);
        IssuedToken api = tokens.forAudience("https://api.bookstore.example").orElseThrow();
        assertTrue(api.usableAt(TOKENS_EXPIRE_AT.minusSeconds(61)));
    }

    @Test
    void theChosenLanguageAndAPendingRolesChangeAreKept() throws Exception {
        HttpSession session = signedIn();
        assertEquals(Language.KOREAN, PageLanguage.of(PreviousRelease.requestIn(session)));
        assertTrue(SessionProfile.takeRolesChanged(PreviousRelease.requestIn(session)), "the container is still to be told");
    }

    @Test
    void aSignInStartedOnAnOldMemberFinishesOnANewOne() throws Exception {
        HttpSession session = PreviousRelease.session("pending-sign-in-session", "Hc5tY1sGd8Ue4Wq6Zo0iNrB");
        PendingSignIn pending = (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        assertEquals(new PendingSignIn(SignInIntent.KAKAO, "/shelf", new ProofKey(VERIFIER), "Nq7vT2xK9mW4pL0sR5cY8bE",
                Instant.parse("2026-12-07T19:31:00Z"), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), pending);
        assertEquals(VERIFIER, pending.proofKey().verifier(), "the code is redeemed with the verifier the old member sent");
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", pending.proofKey().challenge());
        assertEquals(Language.FRENCH, PageLanguage.of(PreviousRelease.requestIn(session)));
    }

    @Test
    void aShelfKeyKeepsItsComputedSerialVersionUid() throws Exception {
        assertEquals(new ShelfEntry.Key("kko7p3n9w2cd", "b-2"), PreviousRelease.read("shelf-entry-key.ser"));
    }

    /** What DEPLOY.md says a renamed component costs: the old value is dropped and the new component reads null. */
    @Test
    void aRenamedComponentLosesItsValue() throws Exception {
        UserProfile profile = (UserProfile) PreviousRelease.read(renamed(UserProfile.SESSION_ATTRIBUTE, "subject", "subjekt"));
        assertNull(profile.subject());
        assertEquals("김민지", profile.name(), "the other components are read");
    }

    /** What DEPLOY.md says a renamed enum constant costs: the attribute holding it cannot be read at all. */
    @Test
    void aRenamedEnumConstantLeavesItsAttributeUnreadable() throws Exception {
        InputStream renamed = renamed(Language.SESSION_ATTRIBUTE, "KOREAN", "COREAN");
        assertThrows(InvalidObjectException.class, () -> PreviousRelease.read(renamed));
    }

    /** The signed-in session's attribute as if the name had been {@code to} when it was written (same length). */
    private static InputStream renamed(String attribute, String from, String to) throws Exception {
        Path file = PreviousRelease.file("signed-in-session/" + attribute + ".ser");
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.indexOf(from) >= 0 && bytes.indexOf(from) == bytes.lastIndexOf(from) && from.length() == to.length());
        return new ByteArrayInputStream(bytes.replace(from, to).getBytes(StandardCharsets.ISO_8859_1));
    }
}
