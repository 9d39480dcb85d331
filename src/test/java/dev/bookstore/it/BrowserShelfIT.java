package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({ArquillianExtension.class, LocalLogtoExtension.class})
@RunAsClient
class BrowserShelfIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive app() {
        return BookstoreDeployment.packagedWar();
    }

    @Test
    void anAdminAddsABookAndSeesItOnTheShelf() {
        open("/shelf");
        click("sign-in-as-admin");
        assertTrue(text("books").contains("채식주의자"));

        element("book-title").sendKeys("토지");
        element("book-author").sendKeys("박경리");
        click("add-book-submit");
        assertTrue(element("book-added").isDisplayed());
        assertTrue(text("books").contains("토지"));
        screenshot("shelf-admin");
    }
}
