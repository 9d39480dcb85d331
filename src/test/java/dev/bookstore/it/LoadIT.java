package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bookstore.devprovider.LogtoDouble;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A bounded load: 200 users sign in at once, see their profile, and sign out; nothing fails, nothing is left
 * behind (no Logto session, and each user's session no longer signs anyone in). About 15 s on 2 cores.
 */
class LoadIT extends BookstoreIT {

    private static final int USERS = 200;
    private static final List<String> DEMO_USERS = List.of("reader", "kakao", "admin");

    private static void signInLookAndSignOut(int user) {
        Browserless browser = new Browserless();
        SignInRoundTrip.signIn(browser, "/sign-in", DEMO_USERS.get(user % DEMO_USERS.size()));
        HttpResponse<String> profile = browser.get(ItSettings.url("/profile"));
        assertEquals(200, profile.statusCode());
        HttpResponse<String> toLogto = browser.post(ItSettings.url("/sign-out"), Map.of(), "Origin", ItSettings.BASE_URL.toString());
        assertEquals(302, browser.follow(toLogto).statusCode());
        assertEquals(302, browser.get(ItSettings.url("/profile")).statusCode(), "signed out");
    }

    @Test
    void twoHundredConcurrentSignInsAllSucceedAndLeaveNoSession(LogtoDouble logto) throws Exception {
        int logtoSessionsBefore = logto.activeSessionCount();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        try {
            List<Future<?>> runs = IntStream.range(0, USERS)
                    .<Future<?>>mapToObj(user -> users.submit(() -> signInLookAndSignOut(user))).toList();
            for (Future<?> run : runs) {
                try {
                    run.get(3, TimeUnit.MINUTES);
                } catch (Exception failed) {
                    failures.incrementAndGet();
                    Throwable cause = failed;
                    while (cause.getCause() != null) {
                        cause = cause.getCause();
                    }
                    System.err.println("A sign-in failed under load: " + failed + ", at the root: " + cause);
                }
            }
        } finally {
            users.shutdownNow();
        }
        assertEquals(0, failures.get(), "failed sign-ins");
        assertEquals(logtoSessionsBefore, logto.activeSessionCount(), "Logto sessions left behind");
    }
}
