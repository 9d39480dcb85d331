package dev.bookstore.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Which classes the added sessions filled the heap with: the largest growths, per session. */
record HeapGrowth(String type, double instancesPerSession, double bytesPerSession) {

    static List<HeapGrowth> between(Map<String, long[]> before, Map<String, long[]> after, long sessions, int top) {
        return after.entrySet().stream().map(entry -> {
            long[] was = before.getOrDefault(entry.getKey(), new long[2]);
            return new HeapGrowth(entry.getKey(), (entry.getValue()[0] - was[0]) / (double) sessions,
                    (entry.getValue()[1] - was[1]) / (double) sessions);
        }).sorted(Comparator.comparingDouble(HeapGrowth::bytesPerSession).reversed()).limit(top).toList();
    }
}
