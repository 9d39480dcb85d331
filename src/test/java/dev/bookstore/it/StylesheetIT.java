package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class StylesheetIT extends BookstoreIT {

    private final Browserless browser = new Browserless();

    @Test
    void everyPageLinksTheStylesheetWhichIsServedCacheableForAnHour() {
        String page = browser.get(ItSettings.url("/")).body();
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/resources/css/app.css\""), page);

        HttpResponse<String> stylesheet = browser.get(ItSettings.url("/resources/css/app.css"));
        assertEquals(200, stylesheet.statusCode());
        assertTrue(stylesheet.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(stylesheet.body().contains(".site-header"), "the app's own stylesheet");
        assertEquals("public, max-age=3600", stylesheet.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(stylesheet.headers().firstValue("Last-Modified").isPresent(), "revalidated after the hour");
        assertEquals("nosniff", stylesheet.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
