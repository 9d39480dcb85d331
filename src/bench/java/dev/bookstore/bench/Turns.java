package dev.bookstore.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Load points measured in turns: each warms up once, then all take turns in short slices, round after
 * round, so that whatever else the machine is doing meanwhile weighs on each of them alike. A ratio of two
 * load points measured this way is what survives a noisy machine.
 */
final class Turns {

    private Turns() {
    }

    static List<LoadResult> measure(List<LoadPoint> points, List<IntFunction<LoadPoint.Operation>> visitors, int rounds)
            throws InterruptedException {
        List<List<LoadPoint.Pass>> passes = new ArrayList<>();
        long[] warmUpCompleted = new long[points.size()];
        for (int index = 0; index < points.size(); index++) {
            LoadPoint point = points.get(index);
            LoadPoint.Pass warmUp = point.pass(visitors.get(index), point.warmUp(), Duration.ZERO, 0);
            warmUpCompleted[index] = warmUp.visitors().stream().mapToLong(visitor -> visitor.completed).sum();
            passes.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            for (int index = 0; index < points.size(); index++) {
                LoadPoint point = points.get(index);
                passes.get(index).add(point.pass(visitors.get(index), Duration.ZERO, point.measure().dividedBy(rounds),
                        Math.max(1, point.maxCount() / rounds)));
            }
        }
        List<LoadResult> results = new ArrayList<>();
        for (int index = 0; index < points.size(); index++) {
            results.add(LoadResult.of(points.get(index), passes.get(index), warmUpCompleted[index]));
        }
        return results;
    }
}
