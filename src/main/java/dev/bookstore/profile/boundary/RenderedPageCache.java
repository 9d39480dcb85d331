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
import jakarta.enterprise.inject.Instance;
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
import java.util.Optional;

/**
 * The home, profile, admin and organizations pages ({@link CachedPage}), rendered by Faces once for each distinct state
 * they show and then served as rendered. The key is everything the page reads, each in a form a client cannot stretch:
 * the routed path, whether the home page's "sign-in ended" notice is asked for (the only query a cached page reads; any
 * other query is rendered afresh and never kept), the language the page is shown in ({@link PageLanguage}, not the raw
 * Accept-Language), the caller, the session's whole profile (name, picture, roles, organizations; the sign-in's times
 * only for the page that shows them) and, for the organizations page, its {@link PageState}. So a sign-out, a language
 * switch, a role or profile change (SessionRecheck) or a new organization token is a different key, and the next
 * request renders afresh: nothing needs to be invalidated. Signed-out visitors share their pages; a signed-in user's
 * page is only ever served to a session holding that same profile. At most {@link #MOST_PAGES} are kept; their size
 * is a metric. Mapped in web.xml after the session and admin filters, so the key sees the session as they leave it.
 */
public class RenderedPageCache extends HttpFilter {

    /** Pages kept at most (about 3 KB each), the least recently served going first. */
    static final int MOST_PAGES = 2_000;
    private static final String ENDED_NOTICE = "ended=1";
    private static final Object NO_STATE = "none";

    /** What the page shows depends on nothing else. */
    record Key(String path, boolean endedNotice, Language language, String caller, UserProfile profile, Object state) {
    }

    @Inject
    BookstoreMetrics metrics;

    @Inject
    Instance<PageState> states;

    private List<PageState> pageStates;

    private final Map<Key, RenderedPage> pages = Collections.synchronizedMap(new LinkedHashMap<Key, RenderedPage>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, RenderedPage> eldest) {
            return size() > MOST_PAGES;
        }
    });

    @Override
    public void init() {
        metrics.pageCacheBytes(this::bytesKept);
        pageStates = states.stream().toList(); // looked up once, not for each request
    }

    /** What the page shows beyond the profile, or empty when it must be rendered afresh. */
    private Optional<Object> stateOf(HttpServletRequest request) {
        return pageStates.stream().map(pageState -> pageState.of(request)).flatMap(Optional::stream).findFirst();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RoutedPath.of(request);
        String query = request.getQueryString();
        Optional<CachedPage> page = CachedPage.of(path);
        boolean notice = page.orElse(null) == CachedPage.HOME && ENDED_NOTICE.equals(query);
        Optional<Object> state = !"GET".equals(request.getMethod()) || page.isEmpty() || (query != null && !notice)
                || SignInEndedNotice.remembered(request) // shown once, clearing its cookie: rendered afresh
                ? Optional.empty() : page.get().hasState() ? stateOf(request) : Optional.of(NO_STATE);
        if (state.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Key key = keyOf(request, path, notice, page.get(), state.get());
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

    private static Key keyOf(HttpServletRequest request, String path, boolean endedNotice, CachedPage page, Object state) {
        Principal caller = request.getUserPrincipal();
        return new Key(path, endedNotice, PageLanguage.of(request), caller == null ? null : caller.getName(),
                SessionProfile.of(request.getSession(false)).map(profile -> page.showsTimes() ? profile : profile.withoutTimes())
                        .orElse(null), state);
    }

    private long bytesKept() {
        List<RenderedPage> kept;
        synchronized (pages) {
            kept = List.copyOf(pages.values());
        }
        return kept.stream().mapToLong(page -> page.body().length).sum();
    }
}
