package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BrowserSignInIT extends BrowserTest {

    @Test
    void readerSignsInThroughLogtoAndSignsOutAgain() {
        open("/");
        assertEquals("Not signed in", text("status"));
        screenshot("home-signed-out");

        click("sign-in");
        element("sign-in-screen");
        screenshot("logto-sign-in");
        click("sign-in-as-reader");

        assertEquals("Jane Reader", text("user-name"));
        assertEquals(ItSettings.url("/"), driver.getCurrentUrl(), "no code or state left in the address bar");
        screenshot("home-signed-in");

        click("sign-out");
        assertEquals("Not signed in", text("status"));
        assertEquals(ItSettings.url("/"), driver.getCurrentUrl());
        screenshot("home-signed-out-after-sign-out");
    }

    @Test
    void kakaoUserGoesStraightToKakaoAndSeesTheirKoreanName() {
        open("/");
        click("sign-in-kakao");
        element("kakao-consent");
        screenshot("kakao-consent");
        click("kakao-agree");
        assertEquals("김민지", text("user-name"));
        screenshot("home-signed-in-kakao");
    }

    @Test
    void cancellingAtKakaoShowsAFriendlyPage() {
        open("/sign-in/kakao");
        click("cancel");
        assertEquals("Sign-in was cancelled", text("error-title"));
        screenshot("sign-in-cancelled");
        click("try-again");
        element("sign-in-screen");
    }
}
