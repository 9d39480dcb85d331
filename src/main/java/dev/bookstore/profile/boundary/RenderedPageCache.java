package dev.bookstore.profile.boundary;

import dev.bookstore.ground.control.BookstoreMetrics;
import dev.bookstore.profile.control.SessionProfile;
import dev.bookstore.profile.entity.UserProfile;
import dev.bookstore.web.boundary.PageCapture;
import dev.bookstore.web.boundary.RenderedPage;
import dev.bookstore.web.boundary.SignInEndedNotice;
import dev.bookstore.web.control.PageLanguage;
import dev.bookstore.web.control.RoutedPath;
import dev.bookstore.web.entity.Language;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The home page, rendered by Faces once for each distinct state it shows and then served as rendered. The key is
 * everything the page reads, each in a form a client cannot stretch: the routed path, whether the "sign-in ended"
 * notice is asked for (the only query the page reads; any other query is rendered afresh and never kept), the
 * language the page is shown in ({@link PageLanguage}, not the raw Accept-Language), the caller and the session's
 * whole profile (name, picture, roles, organizations; not the sign-in's times, which the page does not show). So a
 * sign-out, a language switch, or a role or profile change (SessionRecheck) is a different key, and the next request
 * renders afresh: nothing needs to be invalidated. Signed-out visitors share their pages; a signed-in user's page is
 * only ever served to a session holding that same profile. At most {@link #MOST_PAGES} are kept; their size is a
 * metric. Mapped in web.xml after the session filters, so the key sees the session as they leave it.
 */
public class HomePageCache extends HttpFilter {

    /** Pages kept at most (about 3 KB each), the least recently served going first. */
    static final int MOST_PAGES = 2_000;
    private static final Set<String> HOME = Set.of("/", "/index.xhtml", "/index");
    private static final String ENDED_NOTICE = "ended=1";

    /** What the page shows depends on nothing else. */
    record Key(String path, boolean endedNotice, Language language, String caller, UserProfile profile) {
    }

    @Inject
    BookstoreMetrics metrics;

    private final Map<Key, RenderedPage> pages = Collections.synchronizedMap(new LinkedHashMap<Key, RenderedPage>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, RenderedPage> eldest) {
            return size() > MOST_PAGES;
        }
    });

    @Override
    public void init() {
        metrics.homePageCacheBytes(this::bytesKept);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RoutedPath.of(request);
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod()) || !HOME.contains(path) || (query != null && !ENDED_NOTICE.equals(query))
                || SignInEndedNotice.remembered(request)) { // shown once, clearing its cookie: rendered afresh
            chain.doFilter(request, response);
            return;
        }
        Key key = keyOf(request, path, query != null);
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

    private static Key keyOf(HttpServletRequest request, String path, boolean endedNotice) {
        Principal caller = request.getUserPrincipal();
        return new Key(path, endedNotice, PageLanguage.of(request), caller == null ? null : caller.getName(),
                SessionProfile.of(request.getSession(false)).map(UserProfile::withoutTimes).orElse(null));
    }

    private long bytesKept() {
        List<RenderedPage> kept;
        synchronized (pages) {
            kept = List.copyOf(pages.values());
        }
        return kept.stream().mapToLong(page -> page.body().length).sum();
    }
}
