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

    LoadResult run(IntFunction<Operation> visitors) throws InterruptedException {
        List<Operation> operations = new ArrayList<>();
        for (int user = 0; user < users; user++) {
            operations.add(visitors.apply(user));
        }
        long measureStart = System.nanoTime() + warmUp.toNanos();
        long measureEnd = measureStart + measure.toNanos();
        AtomicLong started = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        List<Visitor> visitorThreads = operations.stream()
                .map(operation -> new Visitor(operation, measureStart, measureEnd, started, errors, firstError)).toList();
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
        return LoadResult.of(this, visitorThreads, measureStart, errors.get(), firstError.get());
    }

    /** One visitor's loop and what it measured. */
    final class Visitor implements Runnable {

        final LongList wholeNanos = new LongList();
        final LongList partNanos = new LongList();
        long completed;
        long lastFinish;

        private final Operation operation;
        private final long measureStart;
        private final long measureEnd;
        private final AtomicLong started;
        private final AtomicLong errors;
        private final AtomicReference<Throwable> firstError;

        Visitor(Operation operation, long measureStart, long measureEnd, AtomicLong started, AtomicLong errors,
                AtomicReference<Throwable> firstError) {
            this.operation = operation;
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
            this.started = started;
            this.errors = errors;
            this.firstError = firstError;
        }

        @Override
        public void run() {
            while (true) {
                long begin = System.nanoTime();
                boolean measured = begin >= measureStart;
                if (begin >= measureEnd || (measured && started.incrementAndGet() > maxCount)) {
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
                        errors.incrementAndGet();
                    }
                    firstError.compareAndSet(null, failed);
                }
                lastFinish = System.nanoTime();
            }
        }
    }
}
