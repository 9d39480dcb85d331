package dev.bookstore.logout.control;

/**
 * Small shared facts with a lifetime (a key and the time it was set, forgotten after a while): in this
 * server's memory on a single server, in the cluster's Hazelcast when the app runs on several members.
 */
public interface Markers {

    void put(String key, long epochMillis);

    /** The time set for {@code key}, or null when it was never set or has expired. */
    Long get(String key);
}
