package dev.bookstore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one start went, from the server's messages.log: launch until the app starts to deploy (JVM, kernel,
 * features), the app's own start (CWWKZ0018I to CWWKZ0001I), and the server's "ready" (CWWKF0011I); times in
 * milliseconds since launch, -1 when the message is missing.
 */
record StartUpPhases(long appStarting, long appStarted, long serverReady, long answered) {

    private static final Pattern LINE = Pattern.compile("(?m)^\\[[^,]+, (\\d+:\\d\\d:\\d\\d:\\d{3}) [^]]*] .*?(CWWKZ0018I|CWWKZ0001I|CWWKF0011I)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss:SSS");

    /** {@code launchedAt}: the launch's time of day in the server's time zone (UTC on these machines). */
    static StartUpPhases read(Path messagesLog, LocalTime launchedAt, long answeredMillis) throws IOException {
        long starting = -1;
        long started = -1;
        long ready = -1;
        Matcher line = LINE.matcher(Files.exists(messagesLog) ? Files.readString(messagesLog) : "");
        while (line.find()) {
            long at = java.time.Duration.between(launchedAt, LocalTime.parse(line.group(1), TIME)).toMillis();
            switch (line.group(2)) {
                case "CWWKZ0018I" -> starting = starting < 0 ? at : starting;
                case "CWWKZ0001I" -> started = Math.max(started, at);
                default -> ready = ready < 0 ? at : ready;
            }
        }
        return new StartUpPhases(starting, started, ready, answeredMillis);
    }

    @Override
    public String toString() {
        return String.format("apps start deploying at %.1f s, the last is started at %.1f s (%.1f s), server ready at %.1f s,"
                + " first 200 at %.1f s", appStarting / 1e3, appStarted / 1e3, (appStarted - appStarting) / 1e3,
                serverReady / 1e3, answered / 1e3);
    }
}
