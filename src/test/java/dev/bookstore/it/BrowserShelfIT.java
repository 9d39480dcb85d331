package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrowserShelfIT extends BrowserTest {

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
