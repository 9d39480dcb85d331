package dev.bookstore.bench;

import dev.bookstore.devprovider.LocalLogto;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

/**
 * Page views on one server: the static page of the empty app (the ceiling), the Bookstore's home page
 * signed out, and signed in as the Kakao user, each by the same number of visitors who keep their cookies.
 * While the signed-in visitors load pages, every request reaching the provider is counted.
 *
 * @param providerCalls requests the provider received during the whole signed-in load point, warm-up included
 */
record PageViews(LoadResult staticPage, LoadResult signedOut, LoadResult signedIn, long providerCalls,
                 int staticBytes, int signedOutBytes, int signedInBytes) {

    static final int VISITORS = 8;

    static PageViews measure(BenchSettings settings, HttpClient client, LocalLogto provider) throws Exception {
        SignInFlow flow = new SignInFlow(settings);
        LoadResult staticPage = point("static page", settings).run(user -> view(new Browser(client), settings.app(StaticApp.PAGE), null));
        LoadResult signedOut = point("home, signed out", settings).run(user -> view(new Browser(client), settings.app("/"), "id=\"signed-out\""));
        Browser[] signedInVisitors = new Browser[VISITORS];
        for (int user = 0; user < VISITORS; user++) {
            signedInVisitors[user] = new Browser(client);
            flow.signIn(signedInVisitors[user]);
        }
        provider.clearRecordedRequests();
        LoadResult signedIn = point("home, signed in", settings).run(user -> view(signedInVisitors[user], settings.app("/"), SignInFlow.KAKAO_NAME));
        long providerCalls = provider.requests().size();
        Browser sizer = new Browser(client);
        return new PageViews(staticPage, signedOut, signedIn, providerCalls, bytes(sizer, settings.app(StaticApp.PAGE)),
                bytes(sizer, settings.app("/")), bytes(signedInVisitors[0], settings.app("/")));
    }

    double providerCallsPerView() {
        return (double) providerCalls / signedIn.completed();
    }

    private static LoadPoint point(String name, BenchSettings settings) {
        return new LoadPoint(name, VISITORS, settings.warmUp(), settings.measure(), 5_000_000);
    }

    /** A GET that must answer 200, and show {@code mark} when given (a signed-in page must name the user). */
    private static LoadPoint.Operation view(Browser browser, URI page, String mark) {
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
