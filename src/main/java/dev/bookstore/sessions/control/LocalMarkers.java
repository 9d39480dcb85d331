package dev.bookstore.sessions.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Markers for a single server: a map in memory whose entries are dropped once their lifetime is over. */
public class LocalMarkers implements Markers {

    private record Entry(long value, long expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    public LocalMarkers(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public void put(String key, long epochMillis) {
        long now = clock.millis();
        // Logouts are rare: sweeping on each one (and on each claim) keeps the map bounded without a timer thread.
        entries.values().removeIf(entry -> entry.expiresAt() <= now);
        entries.put(key, new Entry(epochMillis, now + lifetime.toMillis()));
    }

    @Override
    public boolean claim(String key, Duration lease) {
        long now = clock.millis();
        entries.values().removeIf(entry -> entry.expiresAt() <= now); // every claim sweeps: the map stays bounded
        Entry claimed = new Entry(now, now + lease.toMillis());
        return entries.compute(key, (k, held) -> held == null || held.expiresAt() <= now ? claimed : held) == claimed;
    }

    @Override
    public void release(String key) {
        entries.remove(key);
    }

    /** How many markers and leases are held now (tests: expired ones do not pile up). */
    int held() {
        return entries.size();
    }

    @Override
    public Long get(String key) {
        Entry entry = entries.get(key);
        return entry == null || entry.expiresAt() <= clock.millis() ? null : entry.value();
    }
}
