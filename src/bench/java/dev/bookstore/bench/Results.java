package dev.bookstore.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one run measured, and the figures (ratios against same-run baselines) drawn from it.
 *
 * @param loadServerRssBytes resident memory of the server that carried every load point, at the end of the run
 */
record Results(Machine machine, BenchSettings settings, StartUp startUp, PageViews pageViews,
               List<SignIns.Point> signIns, SessionFootprint session, long loadServerRssBytes) {

    static final double SESSION_BUDGET_BYTES = 6 * 1024;
    private static final double MB = 1024 * 1024;

    List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        pageViewFigures(figures);
        signInFigures(figures);
        sessionFigures(figures);
        startUpFigures(figures);
        return figures;
    }

    private void pageViewFigures(List<Figure> figures) {
        String group = "Page views (" + PageViews.VISITORS + " visitors)";
        LoadResult in = pageViews.signedIn();
        for (LoadResult baseline : List.of(pageViews.staticPage(), pageViews.signedOut())) {
            String against = baseline == pageViews.staticPage() ? "static" : "signed out";
            figures.add(Figure.of(group, "signed-in home: pages/s", in.perSecond(), "/s", baseline.name() + ": pages/s",
                    baseline.perSecond())
                    .charted("page views/s: signed in ÷ " + against));
            figures.add(Figure.of(group, "signed-in home: p50", in.whole().p50(), "ms", baseline.name() + ": p50",
                    baseline.whole().p50()).charted("page p50: signed in ÷ " + against));
            figures.add(Figure.of(group, "signed-in home: p99", in.whole().p99(), "ms", baseline.name() + ": p99",
                    baseline.whole().p99()));
        }
        // Where the cost lies: what no rendering, and the least rendering Faces can do, reach against the ceiling.
        LoadResult ceiling = pageViews.staticPage();
        for (LoadResult probe : List.of(pageViews.appStaticFile(), pageViews.oneExpressionPage())) {
            figures.add(Figure.of(group, probe.name() + ": pages/s", probe.perSecond(), "/s", ceiling.name() + ": pages/s",
                    ceiling.perSecond()).charted("page views/s: " + (probe == pageViews.appStaticFile()
                    ? "Bookstore static file" : "one-expression Faces page") + " ÷ static"));
        }
        // The target of the speed issue: the home page as cheap as a file served through the same security and filters.
        figures.add(Figure.of(group, "signed-in home: pages/s", in.perSecond(), "/s", pageViews.appStaticFile().name() + ": pages/s",
                pageViews.appStaticFile().perSecond()).withTarget("≥ 0.8").charted("page views/s: signed in ÷ Bookstore static file"));
        figures.add(Figure.of(group, "calls to the provider while signed in", pageViews.providerCalls(), "calls",
                "signed-in page views", in.completed()).withTarget("= 0").charted("provider calls per page view"));
    }

    private void signInFigures(List<Figure> figures) {
        for (SignIns.Point point : signIns) {
            String group = "Sign-ins (" + point.users() + (point.users() == 1 ? " user)" : " users)");
            LoadResult flows = point.signIns();
            LoadResult token = point.tokenEndpoint();
            figures.add(Figure.of(group, "complete sign-ins/s", flows.perSecond(), "/s", "token requests/s (floor)",
                    token.perSecond()));
            figures.add(Figure.of(group, "whole sign-in: p50", flows.whole().p50(), "ms", "token endpoint: p50",
                    token.part().p50()));
            figures.add(Figure.of(group, "whole sign-in: p99", flows.whole().p99(), "ms", "token endpoint: p99",
                    token.part().p99()));
            figures.add(Figure.of(group, "app side of a sign-in: p50", flows.part().p50(), "ms", "token endpoint: p50",
                    token.part().p50()).withTarget("≤ 2").charted("sign-in app side ÷ token endpoint, " + point.users() + "u"));
            figures.add(Figure.of(group, "app side of a sign-in: p99", flows.part().p99(), "ms", "token endpoint: p99",
                    token.part().p99()));
            figures.add(Figure.of(group, "app's calls to the provider per sign-in", point.appCallsPerSignIn(), "calls",
                    "code flow minimum (token, userinfo)", 2));
        }
    }

    private void sessionFigures(List<Figure> figures) {
        String group = "Session (Kakao user)";
        figures.add(Figure.of(group, "serialized, right after sign-in", session.afterSignInBytes(), "B", "budget",
                SESSION_BUDGET_BYTES).withTarget("≤ 1"));
        figures.add(Figure.of(group, "serialized, with API + organization tokens and language", session.fullestBytes(), "B",
                "budget", SESSION_BUDGET_BYTES).withTarget("≤ 1").charted("session bytes ÷ 6 KB budget"));
        figures.add(Figure.of(group, "heap growth per 1,000 signed-in sessions", session.heapGrowthPerThousand() / MB, "MB",
                "empty app's heap in use", startUp.emptyAppHeapBytes() / MB).charted("heap per 1,000 sessions ÷ empty app's heap"));
        figures.add(Figure.of(group, "heap per signed-in session", session.heapGrowthPerThousand() / 1000.0, "B",
                "its serialized size", session.afterSignInBytes()));
    }

    private void startUpFigures(List<Figure> figures) {
        String group = "Start-up (best of " + startUp.rounds() + ")";
        figures.add(Figure.of(group, "until the Bookstore answers", startUp.app().toMillis() / 1e3, "s",
                "until the empty app answers", startUp.emptyApp().toMillis() / 1e3).charted("start-up ÷ empty app"));
        figures.add(Figure.of(group, "heap in use after start", startUp.appHeapBytes() / MB, "MB",
                "the empty app's", startUp.emptyAppHeapBytes() / MB));
        figures.add(Figure.of(group, "resident memory (RSS) after start", startUp.appRssBytes() / MB, "MiB",
                "the empty app's", startUp.emptyAppRssBytes() / MB));
        figures.add(Figure.of("Memory", "RSS of the load server after the run", loadServerRssBytes / MB, "MiB",
                "the empty app's RSS after start", startUp.emptyAppRssBytes() / MB).charted("RSS after the run ÷ empty app's"));
    }
}
