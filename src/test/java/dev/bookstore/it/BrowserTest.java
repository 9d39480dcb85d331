package dev.bookstore.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser ITs: a fresh headless Chromium per test ({@link HeadlessChromium}), element lookups by
 * stable id, screenshots under target/screenshots.
 */
abstract class BrowserTest extends BookstoreIT {

    protected WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        driver = HeadlessChromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected void open(String path) {
        driver.get(ItSettings.url(path));
    }

    protected WebElement element(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    protected void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    protected String text(String id) {
        return element(id).getText();
    }

    /** Waits for the element the selector names to be clickable (the page it is on may still be loading), then clicks. */
    protected void clickSelector(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Waits until the page names the signed-in user: the page after a sign-in's redirects has arrived. */
    protected void signedInAs(String name) {
        wait.until(ExpectedConditions.textToBe(By.id("header-user"), name));
    }

    /** Waits until no element has the id, e.g. the shelf entry just taken off. */
    protected void gone(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(ItSettings.SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), ItSettings.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
