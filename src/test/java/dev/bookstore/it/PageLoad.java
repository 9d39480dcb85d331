package dev.bookstore.it;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Users at work while a test does something to the servers: each user repeats its round of requests until the
 * load is closed, and every answer is kept with when it was asked for and when it came (a failed exchange as
 * status 0), for the test to judge afterwards.
 */
final class PageLoad implements AutoCloseable {

    /** What one request got. {@code body} is kept for answers that are not a success only. */
    record Answer(String request, Instant sent, Instant answered, int status, String contentType, String body) {

        boolean succeeded() {
            return status >= 200 && status < 400;
        }

        boolean sentWithin(Instant from, Instant to) {
            return !sent.isBefore(from) && answered.isBefore(to);
        }

        @Override
        public String toString() {
            return request + " at " + sent + ": " + status + " " + contentType + (body.isEmpty() ? "" : "\n" + body);
        }
    }

    /** One round of a user's requests; it asks through {@link PageLoad#ask}. */
    interface User {
        void round(PageLoad load) throws Exception;
    }

    private static final Duration PAUSE = Duration.ofMillis(100);

    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final ExecutorService threads;
    private volatile boolean running = true;

    private PageLoad(List<User> users) {
        threads = Executors.newFixedThreadPool(users.size());
        users.forEach(user -> threads.submit(() -> work(user)));
    }

    static PageLoad start(List<User> users) {
        return new PageLoad(users);
    }

    /** Sends one request and keeps its answer; null when the exchange itself failed. */
    HttpResponse<String> ask(String request, Supplier<HttpResponse<String>> exchange) {
        Instant sent = Instant.now();
        try {
            HttpResponse<String> response = exchange.get();
            boolean success = response.statusCode() >= 200 && response.statusCode() < 400;
            answers.add(new Answer(request, sent, Instant.now(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), success ? "" : response.body()));
            return response;
        } catch (RuntimeException failed) {
            answers.add(new Answer(request, sent, Instant.now(), 0, "", String.valueOf(failed)));
            return null;
        }
    }

    /** The answers to requests whose name matches, in the order they came. */
    List<Answer> answers(Predicate<String> request) {
        return answers.stream().filter(answer -> request.test(answer.request())).toList();
    }

    private void work(User user) {
        while (running) {
            try {
                user.round(this);
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException stopped) {
                return;
            } catch (Exception | AssertionError failed) {
                answers.add(new Answer("round of " + user, Instant.now(), Instant.now(), 0, "", String.valueOf(failed)));
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        threads.shutdown();
        if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }
}
