package dev.bookstore.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Where things are and which loopback ports to use, as the bench profile passes them (system properties). */
record BenchSettings(Path wlp, Path war, Path serverConfig, Path out, Path docs, Path benchClasses, int httpPort,
                     int httpsPort, int providerPort, Duration measure) {

    static final String CLIENT_ID = "bookstore-bench";
    static final String CLIENT_SECRET = "bench-secret-not-for-production";
    static final String HOST = "127.0.0.1";

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(path("bench.wlp", "target/liberty/wlp"), path("bench.war", "target/bookstore.war"),
                path("bench.serverConfig", "liberty"), path("bench.out", "target/bench"),
                path("bench.docs", "docs"), path("bench.classes", "target/test-classes"),
                Integer.getInteger("bench.http.port", 29080), Integer.getInteger("bench.https.port", 29443),
                Integer.getInteger("bench.provider.port", 29081),
                Duration.ofSeconds(Integer.getInteger("bench.seconds", 20)));
    }

    /** The app's own name for itself: the redirect URIs registered at the provider use it. */
    URI app(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    URI provider(String path) {
        return URI.create("http://" + HOST + ":" + providerPort + path);
    }

    /** A third of the measured time: enough for the JIT to settle on these 2-core machines. */
    Duration warmUp() {
        return measure.dividedBy(3);
    }

    private static Path path(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath();
    }
}
