package dev.bookstore.sessions.control;

import java.time.Duration;

/**
 * Small shared facts with a lifetime (a key and the time it was set, forgotten after a while): in this
 * server's memory on a single server, in the cluster's Hazelcast when the app runs on several members.
 */
public interface Markers {

    void put(String key, long epochMillis);

    /** The time set for {@code key}, or null when it was never set or has expired. */
    Long get(String key);

    /**
     * Sets {@code key} for {@code lease} only if no one holds it: true for the one caller, on any member, that got
     * it. A lease ends by itself, so a member that dies cannot hold it for ever.
     */
    boolean claim(String key, Duration lease);

    /** Gives a lease back before it ends by itself (the work it guarded is done). */
    void release(String key);
}
