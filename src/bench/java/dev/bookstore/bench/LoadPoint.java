package dev.bookstore.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Closed-loop load: {@code users} threads, each a visitor doing one operation after another, first for a
 * warm-up whose results are dropped, then measured until the time is up or {@code maxCount} operations
 * were measured, whichever comes first. Every loop is bounded, so a load point always ends by itself.
 */
record LoadPoint(String name, int users, Duration warmUp, Duration measure, long maxCount) {

    /** What one visitor does once; its own state (cookies, a signed-in session) lives in the implementation. */
    interface Operation {
        Sample perform() throws Exception;
    }

    /** One uninterrupted stretch of load and what its visitors measured. */
    record Pass(List<Visitor> visitors, double seconds, long errors, Throwable firstError) {
    }

    LoadResult run(IntFunction<Operation> visitors) throws InterruptedException {
        return LoadResult.of(this, List.of(pass(visitors, warmUp, measure, maxCount)));
    }

    Pass pass(IntFunction<Operation> visitors, Duration warmUpFor, Duration measureFor, long passMaxCount)
            throws InterruptedException {
        long measureStart = System.nanoTime() + warmUpFor.toNanos();
        Limits limits = new Limits(measureStart, measureStart + measureFor.toNanos(), passMaxCount);
        List<Visitor> visitorThreads = new ArrayList<>();
        for (int user = 0; user < users; user++) {
            visitorThreads.add(new Visitor(visitors.apply(user), limits));
        }
        List<Thread> threads = new ArrayList<>();
        for (Visitor visitor : visitorThreads) {
            Thread thread = new Thread(visitor, name + "-" + threads.size());
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long lastFinish = visitorThreads.stream().mapToLong(visitor -> visitor.lastFinish).max().orElse(measureStart);
        return new Pass(visitorThreads, Math.max(lastFinish - measureStart, 1) / 1e9, limits.errors.get(),
                limits.firstError.get());
    }

    /** What all visitors of a pass share: when measuring starts and ends, and the counters. */
    private record Limits(long measureStart, long measureEnd, long maxCount, AtomicLong started, AtomicLong errors,
                          AtomicReference<Throwable> firstError) {

        Limits(long measureStart, long measureEnd, long maxCount) {
            this(measureStart, measureEnd, maxCount, new AtomicLong(), new AtomicLong(), new AtomicReference<>());
        }
    }

    /** One visitor's loop and what it measured. */
    static final class Visitor implements Runnable {

        final LongList wholeNanos = new LongList();
        final LongList partNanos = new LongList();
        long completed;
        long lastFinish;

        private final Operation operation;
        private final Limits limits;

        private Visitor(Operation operation, Limits limits) {
            this.operation = operation;
            this.limits = limits;
        }

        @Override
        public void run() {
            while (true) {
                long begin = System.nanoTime();
                boolean measured = begin >= limits.measureStart();
                if (begin >= limits.measureEnd() || (measured && limits.started().incrementAndGet() > limits.maxCount())) {
                    return;
                }
                try {
                    Sample sample = operation.perform();
                    completed++;
                    if (measured) {
                        wholeNanos.add(sample.nanos());
                        partNanos.add(sample.partNanos());
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception | AssertionError failed) {
                    if (measured) {
                        limits.errors().incrementAndGet();
                    }
                    limits.firstError().compareAndSet(null, failed);
                }
                lastFinish = System.nanoTime();
            }
        }
    }
}
