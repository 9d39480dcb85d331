package dev.bookstore.bench;

import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.LocalLogtoClient;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What a sign-in and a page view cost, each against a baseline measured in the same run. Starts the local
 * provider in this JVM and Open Liberty servers as child processes, on loopback ports only, and stops them
 * all at the end, also when a phase fails.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Files.createDirectories(settings.out());
        Machine machine = Machine.describe(settings);
        System.out.println("Benchmark on " + machine.summary());
        Path apps = settings.out().resolve("apps");
        Path staticWar = StaticApp.write(apps);
        String only = System.getProperty("bench.only", "");
        try (LogtoDouble provider = LogtoDouble.start(BenchSettings.HOST, settings.providerPort(), registeredClient(settings))) {
            if (only.equals("start-up")) {
                StartUp.measure(settings, staticWar, Integer.getInteger("bench.rounds", 5)).print();
                return;
            }
            StartUp startUp = only.isEmpty() ? StartUp.measure(settings, staticWar, 2) : null;
            Results results;
            try (LibertyServer server = LibertyServer.layOut(settings, "bench-load", ServerSettings.of(settings),
                    List.of(ProbedWar.write(settings, apps.resolve("probed")), staticWar))) {
                server.startAndWaitFor(settings.app("/"), settings.out().resolve("bench-load.log"));
                HttpClient client = Browser.sharedClient();
                if (!only.isEmpty()) {
                    measureOnly(only, settings, client, provider);
                    return;
                }
                PageViews pageViews = PageViews.measure(settings, client, provider);
                System.out.println("page views done");
                SessionFootprint session = SessionFootprint.measure(settings, client, server);
                System.out.println("session footprint done");
                List<SignIns.Point> signIns = SignIns.measure(settings, client, provider);
                OpsDashboard.draw(settings, client);
                results = new Results(machine, settings, startUp, pageViews, signIns, session, server.residentBytes());
            }
            Report.write(results, settings);
        }
    }

    /**
     * One phase on its own, printed and not written anywhere: for trying a change quickly
     * ({@code -Dbench.only=pages} or {@code sign-ins}; {@code start-up} starts no load server, and alternates the
     * empty app and the Bookstore {@code -Dbench.rounds} times, 5 by default).
     */
    private static void measureOnly(String phase, BenchSettings settings, HttpClient client, LogtoDouble provider)
            throws Exception {
        switch (phase) {
            case "pages" -> {
                PageViews views = PageViews.measure(settings, client, provider);
                for (LoadResult result : List.of(views.staticPage(), views.signedOut(), views.signedIn(), views.appStaticFile(),
                        views.oneExpressionPage())) {
                    System.out.printf("%s: %.0f/s, p50 %.2f ms, p99 %.2f ms, errors %d%n", result.name(),
                            result.perSecond(), result.whole().p50(), result.whole().p99(), result.errors());
                }
                System.out.printf("signed in / static: %.2f×; calls to Logto per view: %.4f%n",
                        views.signedIn().perSecond() / views.staticPage().perSecond(), views.providerCallsPerView());
            }
            case "signed-in-pages" -> SignedInPages.measure(settings, client, List.of()).print();
            case "shelves" -> SignedInPages.measure(settings, client, List.of("/shelf", "club shelf")).print();
            case "sign-ins" -> SignIns.measure(settings, client, provider);
            default -> throw new IllegalArgumentException("bench.only: start-up, pages, signed-in-pages, shelves or sign-ins, not " + phase);
        }
    }

    private static LocalLogtoClient registeredClient(BenchSettings settings) {
        return new LocalLogtoClient(BenchSettings.CLIENT_ID, BenchSettings.CLIENT_SECRET,
                Set.of(settings.app("/callback").toString()), Set.of(settings.app("/").toString()));
    }
}
