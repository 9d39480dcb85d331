package dev.bookstore.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Every signed-in page against the Bookstore's own stylesheet fetched by the same signed-in visitors (same cookies,
 * same security and filters, no rendering), measured in turns: the speed issue's yardstick. The Kakao user views the
 * home page, {@code /profile}, {@code /organizations}, {@code /shelf} and a club shelf; the admin user {@code /admin}.
 */
record SignedInPages(List<LoadResult> pages) {

    static final String STYLESHEET = "/resources/css/app.css";
    static final String CLUB = "/club.xhtml?organization=org-seoul-readers";
    private static final int VISITORS = PageViews.VISITORS;

    /** @param only the names of the points to measure besides the stylesheet; empty: all */
    static SignedInPages measure(BenchSettings settings, HttpClient client, List<String> only) throws Exception {
        SignInFlow flow = new SignInFlow(settings);
        Browser[] readers = new Browser[VISITORS];
        Browser[] admins = new Browser[VISITORS];
        for (int user = 0; user < VISITORS; user++) {
            readers[user] = new Browser(client);
            flow.signIn(readers[user]);
            admins[user] = new Browser(client);
            flow.signIn(admins[user], "admin", "Alex Admin");
        }
        List<String> names = List.of("stylesheet, signed in", "home, signed in", "/profile", "/organizations", "/shelf",
                "club shelf", "/admin (admin user)");
        List<IntFunction<LoadPoint.Operation>> visitors = List.of(
                user -> PageViews.view(readers[user], settings.app(STYLESHEET), null),
                user -> PageViews.view(readers[user], settings.app("/"), SignInFlow.KAKAO_NAME),
                user -> PageViews.view(readers[user], settings.app("/profile"), SignInFlow.KAKAO_NAME),
                user -> PageViews.view(readers[user], settings.app("/organizations"), "org-token-org-seoul-readers-status"),
                user -> PageViews.view(readers[user], settings.app("/shelf"), "Le Petit Prince"),
                user -> PageViews.view(readers[user], settings.app(CLUB), "club-shelf"),
                user -> PageViews.view(admins[user], settings.app("/admin"), "Alex Admin"));
        List<Integer> chosen = IntStream.range(0, names.size())
                .filter(index -> index == 0 || only.isEmpty() || only.contains(names.get(index))).boxed().toList();
        List<LoadPoint> points = chosen.stream().map(names::get)
                .map(name -> new LoadPoint(name, VISITORS, settings.warmUp(), settings.measure(), 5_000_000)).toList();
        return new SignedInPages(Turns.measure(points, chosen.stream().map(visitors::get).toList(), PageViews.ROUNDS));
    }

    LoadResult stylesheet() {
        return pages.get(0);
    }

    void print() {
        for (LoadResult page : pages) {
            System.out.printf("%-28s %8.0f/s  p50 %6.2f ms  p99 %6.2f ms  errors %d  ÷ stylesheet %.2f×%n", page.name(),
                    page.perSecond(), page.whole().p50(), page.whole().p99(), page.errors(),
                    page.perSecond() / stylesheet().perSecond());
        }
    }

}
