package dev.bookstore.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Start-up and resting heap: the same server configuration with the empty app, then with the Bookstore
 * WAR as built, started alternately; the best of the rounds counts (noise only ever adds time).
 *
 * @param emptyAppHeapBytes heap in use after full collections once the empty app answered
 * @param appHeapBytes      the same for the Bookstore, after its home page answered once
 */
record StartUp(Duration emptyApp, Duration app, long emptyAppHeapBytes, long appHeapBytes, int rounds) {

    static StartUp measure(BenchSettings settings, Path staticWar, int rounds) throws IOException, InterruptedException {
        Duration emptyBest = null;
        Duration appBest = null;
        long emptyHeap = Long.MAX_VALUE;
        long appHeap = Long.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
            try (LibertyServer empty = LibertyServer.layOut(settings, "bench-empty", ServerSettings.of(settings), List.of(staticWar))) {
                Duration took = empty.startAndWaitFor(settings.app(StaticApp.PAGE), settings.out().resolve("bench-empty-" + round + ".log"));
                emptyBest = emptyBest == null || took.compareTo(emptyBest) < 0 ? took : emptyBest;
                emptyHeap = Math.min(emptyHeap, empty.heapUsedAfterGc());
                System.out.printf("start-up round %d: empty app answered after %.1f s%n", round, took.toMillis() / 1e3);
            }
            try (LibertyServer app = LibertyServer.layOut(settings, "bench-app", ServerSettings.of(settings), List.of(settings.war()))) {
                Duration took = app.startAndWaitFor(settings.app("/"), settings.out().resolve("bench-app-" + round + ".log"));
                appBest = appBest == null || took.compareTo(appBest) < 0 ? took : appBest;
                appHeap = Math.min(appHeap, app.heapUsedAfterGc());
                System.out.printf("start-up round %d: Bookstore answered after %.1f s%n", round, took.toMillis() / 1e3);
            }
        }
        return new StartUp(emptyBest, appBest, emptyHeap, appHeap, rounds);
    }

    double ratio() {
        return (double) app.toNanos() / emptyApp.toNanos();
    }
}
