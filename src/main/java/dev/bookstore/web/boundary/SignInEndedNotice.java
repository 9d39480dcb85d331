package dev.bookstore.web.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;

/**
 * "Your sign-in has ended. Please sign in again." on the home page, once, after a sign-in ended without the user
 * asking (back-channel logout, suspension, idle timeout). Signing out at Logto brings the browser back to the one
 * post sign-out URI Logto has registered, with no room for a query, so the notice rides on a short-lived cookie that
 * the page clears as it shows it; {@code /?ended=1} shows it too.
 */
@Named
@RequestScoped
public class SignInEndedNotice {

    static final String COOKIE = "BOOKSTORE_SIGN_IN_ENDED";

    @Inject
    HttpServletRequest request;

    /** Before the sign-out that ends an ended sign-in: the home page it lands on will say so. */
    public static void remember(HttpServletResponse response, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, "1");
        cookie.setPath("/");
        cookie.setMaxAge(300);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Whether the browser brings the notice's cookie ({@code RenderedPageCache} renders such a page afresh). */
    public static boolean remembered(HttpServletRequest request) {
        return request.getCookies() != null && Arrays.stream(request.getCookies()).anyMatch(cookie -> COOKIE.equals(cookie.getName()));
    }

    public boolean isShown() {
        if (remembered(request)) {
            FacesContext.getCurrentInstance().getExternalContext().addResponseCookie(COOKIE, "", Map.of("path", "/",
                    "maxAge", 0, "httpOnly", true, "secure", request.isSecure(), "SameSite", "Lax")); // shown once
            return true;
        }
        return request.getParameter("ended") != null;
    }
}
