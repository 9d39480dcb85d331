package dev.bookstore.bench;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Complete sign-ins by new visitors at 1, 8 and 64 at once, each measured in turns with its floor at the
 * same concurrency: codes minted at the provider and redeemed at its token endpoint without the app.
 */
final class SignIns {

    static final int[] CONCURRENCY = {1, 8, 64};
    private static final long MAX_FLOWS = 3_000;
    private static final int ROUNDS = 2;
    private static final Set<String> BROWSER_PAGES = Set.of("GET /oidc/auth", "POST /oidc/auth/submit");

    /**
     * One concurrency level: the app's sign-ins and the provider's token requests.
     *
     * @param providerRequests what the provider received during the sign-ins and the floor, by method and path
     */
    record Point(int users, LoadResult signIns, LoadResult tokenEndpoint, Map<String, Long> providerRequests) {

        /**
         * The app's own calls to the provider per sign-in: all but the browser's pages at Logto and the
         * floor's token requests (one per browser page pair the floor made).
         */
        double appCallsPerSignIn() {
            long appCalls = providerRequests.entrySet().stream().filter(entry -> !BROWSER_PAGES.contains(entry.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            return (double) (appCalls - tokenEndpoint.completed()) / signIns.completed();
        }


        /** App-side time of a sign-in (its own hops) against the provider's token-endpoint time, at p50. */
        double appSideRatio() {
            return signIns.part().p50() / tokenEndpoint.part().p50();
        }
    }

    private SignIns() {
    }

    static List<Point> measure(BenchSettings settings, HttpClient client, LogtoDouble provider) throws Exception {
        SignInFlow flow = new SignInFlow(settings);
        URI authorization = flow.authorizationRequest(new Browser(client));
        ProviderTokenFlow floor = new ProviderTokenFlow(settings, authorization);
        List<Point> points = new ArrayList<>();
        for (int users : CONCURRENCY) {
            provider.clearRecordedRequests();
            List<LoadResult> results = Turns.measure(List.of(
                    new LoadPoint("sign-ins x" + users, users, settings.warmUp(), settings.measure(), MAX_FLOWS),
                    new LoadPoint("token endpoint x" + users, users, settings.warmUp().dividedBy(2),
                            settings.measure().dividedBy(2), MAX_FLOWS)), List.of(
                    user -> () -> flow.signIn(new Browser(client)),
                    user -> () -> floor.redeemFreshCode(new Browser(client))), ROUNDS);
            LoadResult signIns = results.get(0);
            LoadResult tokens = results.get(1);
            Map<String, Long> providerRequests = provider.requests().stream().collect(Collectors.groupingBy(
                    request -> request.method() + " " + request.path(), TreeMap::new, Collectors.counting()));
            provider.clearRecordedRequests();
            points.add(new Point(users, signIns, tokens, providerRequests));
            System.out.printf("sign-ins x%d: %.1f/s, app side p50 %.1f ms; token endpoint p50 %.1f ms%n", users,
                    signIns.perSecond(), signIns.part().p50(), tokens.part().p50());
        }
        return points;
    }
}
