package dev.bookstore.devprovider;

import java.time.Duration;
import java.util.Map;

/** What an endpoint a test made faulty answers instead of its usual reply. */
final class FaultyEndpointReplies {

    static final Duration HANG = Duration.ofSeconds(30);

    private FaultyEndpointReplies() {
    }

    static Reply replyFor(EndpointFault fault) {
        if (fault == EndpointFault.HANG) {
            hang();
        }
        return Reply.json(500, Map.of("error", "server_error"));
    }

    private static void hang() {
        try {
            Thread.sleep(HANG.toMillis());
        } catch (InterruptedException e) {
            // Closing the provider interrupts its threads: stop waiting, so closing is not held up.
            Thread.currentThread().interrupt();
        }
    }
}
