package dev.bookstore.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Start-up and resting memory: the same server configuration with the empty app, then with the Bookstore
 * WAR as built, started alternately; the best of the rounds counts (noise only ever adds time and memory).
 *
 * @param emptyAppHeapBytes heap in use after full collections once the empty app answered
 * @param appHeapBytes      the same for the Bookstore, after its home page answered once
 * @param emptyAppRssBytes  the empty app's server's resident memory once it answered (before the collections)
 * @param appRssBytes       the same for the Bookstore
 */
record StartUp(Duration emptyApp, Duration app, long emptyAppHeapBytes, long appHeapBytes, long emptyAppRssBytes,
               long appRssBytes, int rounds) {

    static StartUp measure(BenchSettings settings, Path staticWar, int rounds) throws IOException, InterruptedException {
        StartUp best = new StartUp(null, null, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, rounds);
        for (int round = 1; round <= rounds; round++) {
            try (LibertyServer empty = LibertyServer.layOut(settings, "bench-empty", ServerSettings.of(settings), List.of(staticWar))) {
                Duration took = empty.startAndWaitFor(settings.app(StaticApp.PAGE), settings.out().resolve("bench-empty-" + round + ".log"));
                long rss = empty.residentBytes();
                best = best.withEmptyApp(took, empty.heapUsedAfterGc(), rss);
                System.out.printf("start-up round %d: empty app: %s; RSS %d MiB%n", round, empty.phases(), rss >> 20);
            }
            try (LibertyServer app = LibertyServer.layOut(settings, "bench-app", ServerSettings.of(settings), List.of(settings.war()))) {
                Duration took = app.startAndWaitFor(settings.app("/"), settings.out().resolve("bench-app-" + round + ".log"));
                long rss = app.residentBytes();
                best = best.withApp(took, app.heapUsedAfterGc(), rss);
                System.out.printf("start-up round %d: Bookstore: %s; RSS %d MiB%n", round, app.phases(), rss >> 20);
            }
        }
        return best;
    }

    private StartUp withEmptyApp(Duration took, long heap, long rss) {
        return new StartUp(shorter(emptyApp, took), app, Math.min(emptyAppHeapBytes, heap), appHeapBytes,
                Math.min(emptyAppRssBytes, rss), appRssBytes, rounds);
    }

    private StartUp withApp(Duration took, long heap, long rss) {
        return new StartUp(emptyApp, shorter(app, took), emptyAppHeapBytes, Math.min(appHeapBytes, heap), emptyAppRssBytes,
                Math.min(appRssBytes, rss), rounds);
    }

    private static Duration shorter(Duration best, Duration took) {
        return best == null || took.compareTo(best) < 0 ? took : best;
    }

    double ratio() {
        return (double) app.toNanos() / emptyApp.toNanos();
    }

    void print() {
        System.out.printf("start-up, best of %d: Bookstore %.2f s, empty app %.2f s: %.2f×; heap %d / %d MiB;"
                + " RSS %d / %d MiB%n", rounds, app.toMillis() / 1e3, emptyApp.toMillis() / 1e3, ratio(),
                appHeapBytes >> 20, emptyAppHeapBytes >> 20, appRssBytes >> 20, emptyAppRssBytes >> 20);
    }
}
