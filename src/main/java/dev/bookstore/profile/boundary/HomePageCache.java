package dev.bookstore.profile.boundary;

import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.web.boundary.LanguageServlet;
import dev.bookstore.web.boundary.PageCapture;
import dev.bookstore.web.boundary.RenderedPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The home page, rendered by Faces once for each distinct state it shows and then served as rendered. The key is
 * everything the page reads: the address (path and query), the language (the session's choice, else the browser's
 * Accept-Language, which is all Faces picks from), the caller and the session's whole profile (name, picture,
 * roles, organizations; not the sign-in's times, which the page does not show). So a sign-out, a language switch, or a role or profile change (SessionRecheck) is a
 * different key, and the next request renders afresh: nothing needs to be invalidated. Signed-out visitors share
 * their pages; a signed-in user's page is only ever served to a session holding that same profile.
 * Mapped in web.xml after the session filters, so the key sees the session as they leave it.
 */
public class HomePageCache extends HttpFilter {

    /** Pages kept at most (about 3 KB each), the least recently served going first. */
    static final int MOST_PAGES = 2_000;
    private static final Set<String> HOME = Set.of("/", "/index.xhtml", "/index");

    /** What the page shows depends on nothing else. */
    record Key(String path, String query, Object chosenLanguage, String acceptLanguage, String caller, UserProfile profile) {
    }

    private final Map<Key, RenderedPage> pages = Collections.synchronizedMap(new LinkedHashMap<Key, RenderedPage>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, RenderedPage> eldest) {
            return size() > MOST_PAGES;
        }
    });

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!"GET".equals(request.getMethod()) || !HOME.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        Key key = keyOf(request, path);
        RenderedPage cached = pages.get(key);
        if (cached != null) {
            cached.replay(response);
            return;
        }
        PageCapture capture = new PageCapture(response);
        chain.doFilter(request, capture);
        RenderedPage rendered = capture.finish();
        if (rendered != null) {
            pages.put(key, rendered);
        }
    }

    private static Key keyOf(HttpServletRequest request, String path) {
        HttpSession session = request.getSession(false);
        Principal caller = request.getUserPrincipal();
        return new Key(path, request.getQueryString(),
                session == null ? null : session.getAttribute(LanguageServlet.SESSION_ATTRIBUTE),
                request.getHeader("Accept-Language"), caller == null ? null : caller.getName(),
                SessionProfile.of(session).map(UserProfile::withoutTimes).orElse(null));
    }
}
