package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith({ArquillianExtension.class, LocalLogtoExtension.class})
@RunAsClient
class BrowserProfileIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive app() {
        return BookstoreDeployment.packagedWar();
    }

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
        element("error-required-role");
        screenshot("admin-403");
    }
}
