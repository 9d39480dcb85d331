package dev.bookstore.devprovider;

/**
 * The JDK's HTTP server sends an answer's headers and body in two writes; with Nagle's algorithm on, the body waits
 * for the client to acknowledge the headers, which a kept-alive client delays by up to 40 ms. Every sign-in (token
 * and userinfo calls) took 60-90 ms longer in {@code liberty:run} because of it. The JDK reads this switch once, when
 * its first HTTP server starts in the JVM, so it is set before that.
 */
final class NoDelay {

    private NoDelay() {
    }

    static void answerWithoutDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }
}
