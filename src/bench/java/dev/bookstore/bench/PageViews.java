package dev.bookstore.bench;

import dev.bookstore.devprovider.LogtoDouble;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Page views on one server: the static page of the empty app (the ceiling), the Bookstore's home page
 * signed out, and signed in as the Kakao user, each by the same number of visitors who keep their cookies,
 * measured in turns. Two more load points say where the signed-in page's cost lies: the signed-in visitors
 * fetch a static file from the Bookstore, and the smallest Faces page that names them ({@link ProbePages}).
 * While they load pages, every request reaching the provider is counted.
 *
 * @param providerCalls requests the provider received during all load points, warm-ups included
 */
record PageViews(LoadResult staticPage, LoadResult signedOut, LoadResult signedIn, LoadResult appStaticFile,
                 LoadResult oneExpressionPage, long providerCalls, int staticBytes, int signedOutBytes,
                 int signedInBytes) {

    static final int VISITORS = 8;
    static final int ROUNDS = 4;

    static PageViews measure(BenchSettings settings, HttpClient client, LogtoDouble provider) throws Exception {
        SignInFlow flow = new SignInFlow(settings);
        Browser[] signedOutVisitors = new Browser[VISITORS];
        Browser[] signedInVisitors = new Browser[VISITORS];
        for (int user = 0; user < VISITORS; user++) {
            signedOutVisitors[user] = new Browser(client);
            signedInVisitors[user] = new Browser(client);
            flow.signIn(signedInVisitors[user]);
        }
        provider.clearRecordedRequests();
        List<LoadResult> results = Turns.measure(
                List.of(point("static page", settings), point("home, signed out", settings), point("home, signed in", settings),
                        point("static file in the Bookstore, signed in", settings),
                        point("one-expression Faces page, signed in", settings)),
                List.of(user -> view(new Browser(client), settings.app(StaticApp.PAGE), null),
                        user -> view(signedOutVisitors[user], settings.app("/"), "id=\"signed-out\""),
                        user -> view(signedInVisitors[user], settings.app("/"), SignInFlow.KAKAO_NAME),
                        user -> view(signedInVisitors[user], settings.app(ProbePages.STATIC_FILE), null),
                        user -> view(signedInVisitors[user], settings.app(ProbePages.ONE_EXPRESSION), SignInFlow.KAKAO_NAME)),
                ROUNDS);
        long providerCalls = provider.requests().size();
        Browser sizer = new Browser(client);
        return new PageViews(results.get(0), results.get(1), results.get(2), results.get(3), results.get(4), providerCalls,
                bytes(sizer, settings.app(StaticApp.PAGE)), bytes(sizer, settings.app("/")),
                bytes(signedInVisitors[0], settings.app("/")));
    }

    double providerCallsPerView() {
        return (double) providerCalls / signedIn.completed();
    }

    private static LoadPoint point(String name, BenchSettings settings) {
        return new LoadPoint(name, VISITORS, settings.warmUp(), settings.measure(), 5_000_000);
    }

    /** A GET that must answer 200, and show {@code mark} when given (a signed-in page must name the user). */
    static LoadPoint.Operation view(Browser browser, URI page, String mark) {
        return () -> {
            long start = System.nanoTime();
            HttpResponse<String> response = browser.get(page);
            long nanos = System.nanoTime() - start;
            SignInFlow.expect(200, response);
            if (mark != null && !response.body().contains(mark)) {
                throw new IllegalStateException(page + " did not show " + mark);
            }
            return Sample.whole(nanos);
        };
    }

    private static int bytes(Browser browser, URI page) throws IOException, InterruptedException {
        return SignInFlow.expect(200, browser.get(page)).body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
