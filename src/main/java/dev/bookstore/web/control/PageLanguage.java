package dev.bookstore.web.control;

import dev.bookstore.web.entity.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;

/**
 * The language a page is shown in: the visitor's choice for this session, else the first of the browser's
 * languages (in its order of preference) that the site is written in, else English. One rule for Faces' view locale
 * and for everything that depends on it (the home page's cache key), so the two can never disagree.
 */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static Language of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(Language.SESSION_ATTRIBUTE) instanceof Language chosen) {
            return chosen;
        }
        for (Locale asked : Collections.list(request.getLocales())) {
            var written = Language.forTag(asked.getLanguage());
            if (written.isPresent()) {
                return written.get();
            }
        }
        return Language.ENGLISH;
    }
}
