package dev.bookstore.logto.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the app reads Logto's {@code scope} values and organization audiences, wherever it meets them. */
class LogtoTokenWordsTest {

    @Test
    void aScopeIsItsSpaceSeparatedWordsAndNoneWhenEmptyOrAbsent() {
        assertEquals(List.of("read:books", "write:books"), LogtoScope.words(" read:books  write:books "));
        assertEquals(List.of(), LogtoScope.words(""), "an organization token without permissions says \"\"");
        assertEquals(List.of(), LogtoScope.words(null));
        assertEquals(List.of(), LogtoScope.words(List.of("read:books")), "not a string: no words");
    }

    @Test
    void anOrganizationAudienceNamesItsOrganizationAndNothingElseDoes() {
        assertEquals("urn:logto:organization:org-1", OrganizationAudience.of("org-1"));
        assertEquals(Optional.of("org-1"), OrganizationAudience.organizationOf("urn:logto:organization:org-1"));
        assertEquals(Optional.empty(), OrganizationAudience.organizationOf("https://api.bookstore.example"));
        assertEquals(Optional.empty(), OrganizationAudience.organizationOf("URN:LOGTO:ORGANIZATION:org-1"));
    }
}
