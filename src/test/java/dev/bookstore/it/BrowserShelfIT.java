package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class BrowserShelfIT extends BrowserTest {

    @Test
    void anAdminAddsABookAndSeesItOnTheShelf() {
        open("/shelf");
        click("sign-in-as-admin");
        assertTrue(text("books").contains("채식주의자"));

        String title = "토지 " + UUID.randomUUID().toString().substring(0, 8); // the IT database outlives a run
        element("book-title").sendKeys(title);
        element("book-author").sendKeys("박경리");
        click("add-book-submit");
        assertTrue(element("book-added").isDisplayed());
        assertTrue(text("books").contains(title));
        screenshot("shelf-admin");

        element("book-title").sendKeys(title.toUpperCase());
        element("book-author").sendKeys("박경리");
        click("add-book-submit");
        assertTrue(text("shelf-problem").contains("already lists"), "a duplicate is refused");
    }

    @Test
    void aReaderKeepsBooksOnTheirOwnShelfWhichNoOtherUserSees() {
        open("/shelf");
        click("sign-in-as-reader");
        clickSelector("#book-b-3 input[type=submit]");
        assertTrue(text("my-books").contains("Le Petit Prince"));
        assertTrue(element("on-shelf-b-3").isDisplayed());

        driver.manage().deleteAllCookies();
        open("/shelf");
        click("sign-in-as-admin");
        signedInAs("Alex Admin");
        assertFalse(driver.findElement(By.id("my-books")).getText().contains("Le Petit Prince"), "the admin's shelf is their own");

        driver.manage().deleteAllCookies();
        open("/shelf");
        click("sign-in-as-reader");
        clickSelector("#mine-b-3 input[type=submit]");
        gone("mine-b-3");
        assertFalse(driver.findElement(By.id("my-books")).getText().contains("Le Petit Prince"), "taken off");
    }

    @Test
    void aUserErasesTheirDataFromTheProfileAndIsSignedOut() {
        open("/shelf");
        click("sign-in-as-kakao");
        clickSelector("#book-b-1 input[type=submit]");
        assertTrue(text("my-books").contains("The Left Hand of Darkness"));

        open("/profile");
        click("erase-confirm");
        click("erase-submit");
        assertEquals("Not signed in", text("status"));

        open("/shelf");
        click("sign-in-as-kakao");
        assertTrue(element("my-shelf-empty").isDisplayed(), "nothing of her is left");
    }
}
