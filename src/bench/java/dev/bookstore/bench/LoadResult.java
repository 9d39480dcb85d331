package dev.bookstore.bench;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * What a load point measured: operations per second and latencies (whole, and the part compared).
 *
 * @param count     operations measured (started after the warm-up)
 * @param completed operations that succeeded, warm-up included: what a counter on the server side saw
 */
record LoadResult(String name, int users, long count, long completed, long errors, double seconds, Latency whole,
                  Latency part, String firstError) {

    static LoadResult of(LoadPoint point, List<LoadPoint.Visitor> visitors, long measureStart, long errors,
                         Throwable firstError) {
        long[] whole = visitors.stream().flatMapToLong(visitor -> LongStream.of(visitor.wholeNanos.toArray())).toArray();
        long[] part = visitors.stream().flatMapToLong(visitor -> LongStream.of(visitor.partNanos.toArray())).toArray();
        long lastFinish = visitors.stream().mapToLong(visitor -> visitor.lastFinish).max().orElse(measureStart);
        double seconds = Math.max(lastFinish - measureStart, 1) / 1e9;
        String error = firstError == null ? null : firstError.toString();
        long completed = visitors.stream().mapToLong(visitor -> visitor.completed).sum();
        return new LoadResult(point.name(), point.users(), whole.length, completed, errors, seconds, Latency.of(whole),
                Latency.of(part), error);
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
