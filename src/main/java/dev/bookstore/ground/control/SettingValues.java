package dev.bookstore.ground.control;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The settings' values, each read from the source and checked on its own (the forms in {@link SettingUris} and
 * {@link SettingDurations}). A missing or unusable one notes a problem naming the key and what it expects, so that
 * {@link SettingsReader} can report all of them at once.
 */
final class SettingValues {

    static final List<String> BASE_SCOPES =
            List.of("openid", "offline_access", "profile", "email", "roles", "identities", "read:books", "write:books");
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    private final Function<String, Optional<String>> source;
    private final List<String> problems = new ArrayList<>();

    SettingValues(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** What the checks so far found wrong, in order; the reader adds its own to it. */
    List<String> problems() {
        return problems;
    }

    Optional<String> value(String key) {
        return source.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    String required(String key, String expected) {
        return value(key).orElseGet(() -> {
            problems.add(key + " is not set: set it to " + expected);
            return null;
        });
    }

    /** Scheme, host and port only: where Logto or the app itself is reached. */
    URI url(String key, String expected) {
        return checked(key, expected, "an http(s) URL with no path, query or fragment", SettingUris::origin);
    }

    /** An absolute http(s) URL, path allowed. */
    URI absoluteUrl(String key, String expected) {
        return checked(key, expected, "an http(s) URL", SettingUris::webUrl);
    }

    /** An absolute URI (any scheme), kept exactly as written: Logto compares API resource indicators verbatim. */
    String absolute(String key, String expected) {
        URI uri = checked(key, expected, "an absolute URI without fragment", SettingUris::absolute);
        return uri == null ? null : uri.toString();
    }

    private URI checked(String key, String expected, String rule, Function<String, Optional<URI>> form) {
        String raw = required(key, expected);
        if (raw == null) {
            return null;
        }
        Optional<URI> uri = form.apply(raw);
        if (uri.isEmpty()) {
            problems.add(key + " must be " + rule + " (" + expected + "), but is '" + raw + "'");
        }
        return uri.orElse(null);
    }

    /** LOGTO_TIMEOUT: e.g. 5s or 1500ms, between 100 ms and 60 s. */
    Duration timeout() {
        String raw = value("LOGTO_TIMEOUT").orElse("");
        Optional<Duration> timeout = SettingDurations.millisOrSeconds(raw, Duration.ofMillis(100), Duration.ofSeconds(60));
        if (timeout.isEmpty()) {
            problems.add("LOGTO_TIMEOUT must be a time between 100ms and 60s such as 5s or 1500ms, but is '" + raw + "'");
        }
        return timeout.orElse(null);
    }

    /** A length of time in seconds, minutes or hours ({@code 90s}, {@code 10m}, {@code 1h}) within bounds. */
    Duration duration(String name, Duration shortest, Duration longest) {
        String raw = value(name).orElse("");
        Optional<Duration> time = SettingDurations.secondsMinutesOrHours(raw, shortest, longest);
        if (time.isEmpty()) {
            problems.add(name + " must be a time between " + SettingDurations.words(shortest) + " and "
                    + SettingDurations.words(longest) + " such as 10m, 90s or 1h, but is '" + raw + "'");
        }
        return time.orElse(null);
    }

    List<String> scopes() {
        Set<String> scopes = new LinkedHashSet<>(BASE_SCOPES);
        for (String scope : value("LOGTO_SCOPES").orElse("").split("[\\s,]+")) {
            if (scope.isEmpty()) {
                continue;
            }
            if (!SCOPE.matcher(scope).matches()) {
                problems.add("LOGTO_SCOPES must be scope names separated by spaces or commas, but contains '" + scope + "'");
            }
            scopes.add(scope);
        }
        return List.copyOf(scopes);
    }
}
