package dev.bookstore.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * What a load point measured: operations per second and latencies (whole, and the part compared).
 *
 * @param count     operations measured (started after the warm-up)
 * @param completed operations that succeeded, warm-up included: what a counter on the server side saw
 */
record LoadResult(String name, int users, long count, long completed, long errors, double seconds, Latency whole,
                  Latency part, String firstError) {

    static LoadResult of(LoadPoint point, List<LoadPoint.Pass> passes) {
        return of(point, passes, 0);
    }

    /** {@code warmUpCompleted}: operations of a warm-up run as a pass of its own, counted in {@code completed}. */
    static LoadResult of(LoadPoint point, List<LoadPoint.Pass> passes, long warmUpCompleted) {
        List<LoadPoint.Visitor> visitors = passes.stream().flatMap(pass -> pass.visitors().stream()).toList();
        long[] whole = visitors.stream().flatMapToLong(visitor -> LongStream.of(visitor.wholeNanos.toArray())).toArray();
        long[] part = visitors.stream().flatMapToLong(visitor -> LongStream.of(visitor.partNanos.toArray())).toArray();
        long completed = warmUpCompleted + visitors.stream().mapToLong(visitor -> visitor.completed).sum();
        double seconds = passes.stream().mapToDouble(LoadPoint.Pass::seconds).sum();
        long errors = passes.stream().mapToLong(LoadPoint.Pass::errors).sum();
        String firstError = passes.stream().map(LoadPoint.Pass::firstError).filter(Objects::nonNull).findFirst()
                .map(Throwable::toString).orElse(null);
        return new LoadResult(point.name(), point.users(), whole.length, completed, errors, seconds, Latency.of(whole),
                Latency.of(part), firstError);
    }

    double perSecond() {
        return count / seconds;
    }

    /** Latency percentiles in milliseconds (nearest rank). */
    record Latency(double p50, double p99, double mean) {

        static Latency of(long[] nanos) {
            if (nanos.length == 0) {
                return new Latency(Double.NaN, Double.NaN, Double.NaN);
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latency(rank(sorted, 0.50), rank(sorted, 0.99), LongStream.of(sorted).average().orElseThrow() / 1e6);
        }

        private static double rank(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }
}
