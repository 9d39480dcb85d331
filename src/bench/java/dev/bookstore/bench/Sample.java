package dev.bookstore.bench;

/**
 * One timed operation: its whole latency and the part of it that counts for the comparison at hand
 * (the app's own hops of a sign-in; the token request of a provider-only flow; all of a page view).
 */
record Sample(long nanos, long partNanos) {

    static Sample whole(long nanos) {
        return new Sample(nanos, nanos);
    }
}
