package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class BrowserProfileIT extends BrowserTest {

    private static String korean(String key) {
        return ResourceBundle.getBundle("dev.bookstore.messages", Locale.KOREAN).getString(key);
    }

    @Test
    void kakaoUserOpensTheirProfileAndSwitchesToKorean() {
        open("/");
        click("sign-in-kakao");
        click("kakao-agree");
        assertEquals("김민지", text("user-name"));

        click("nav-profile");
        assertEquals("3141592653", text("identity-kakao-user-id"));
        assertEquals("Not shared", text("profile-email-not-shared"));
        screenshot("profile-en");

        click("language-ko");
        assertEquals(korean("profile.emailNotShared"), text("profile-email-not-shared"));
        assertEquals(korean("nav.profile"), text("nav-profile"));
        assertEquals("ko", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        screenshot("profile-ko");

        open("/");
        assertEquals(korean("home.signedIn"), text("status"));
        screenshot("home-ko");
    }

    @Test
    void aReaderIsToldWhichRoleTheAdminPageNeeds() {
        open("/admin");
        click("sign-in-as-reader");
        assertTrue(text("error-required-role").contains("“admin”"), () -> text("error-required-role"));
        screenshot("admin-403");
    }
}
