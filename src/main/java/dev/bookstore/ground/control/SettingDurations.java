package dev.bookstore.ground.control;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths of time as settings write them, read within bounds: empty when the text is not one, or out of bounds. */
final class SettingDurations {

    private static final Pattern MILLIS_OR_SECONDS = Pattern.compile("(\\d{1,6})(ms|s)");
    private static final Pattern SECONDS_MINUTES_OR_HOURS = Pattern.compile("(\\d{1,5})(s|m|h)");

    private SettingDurations() {
    }

    /** e.g. {@code 5s} or {@code 1500ms}. */
    static Optional<Duration> millisOrSeconds(String raw, Duration shortest, Duration longest) {
        Matcher parts = MILLIS_OR_SECONDS.matcher(raw);
        if (!parts.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(parts.group(1));
        return within("ms".equals(parts.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount), shortest, longest);
    }

    /** e.g. {@code 90s}, {@code 10m} or {@code 1h}. */
    static Optional<Duration> secondsMinutesOrHours(String raw, Duration shortest, Duration longest) {
        Matcher parts = SECONDS_MINUTES_OR_HOURS.matcher(raw);
        if (!parts.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(parts.group(1));
        return within(switch (parts.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        }, shortest, longest);
    }

    /** A bound as a setting would write it: {@code 30s}, {@code 10m}, {@code 24h}. */
    static String words(Duration time) {
        return time.toSecondsPart() != 0 || time.toMinutes() == 0 ? time.toSeconds() + "s"
                : time.toMinutesPart() != 0 || time.toHours() == 0 ? time.toMinutes() + "m" : time.toHours() + "h";
    }

    private static Optional<Duration> within(Duration time, Duration shortest, Duration longest) {
        return Optional.of(time).filter(t -> t.compareTo(shortest) >= 0 && t.compareTo(longest) <= 0);
    }
}
