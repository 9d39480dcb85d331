package dev.bookstore.ground.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings' values, each read from the source and checked on its own. A missing or unusable one notes a
 * problem naming the key and what it expects, so that {@link SettingsReader} can report all of them at once.
 */
final class SettingValues {

    static final List<String> BASE_SCOPES =
            List.of("openid", "offline_access", "profile", "email", "roles", "identities", "read:books", "write:books");
    private static final Pattern TIMEOUT = Pattern.compile("(\\d{1,6})(ms|s)");
    private static final Pattern AGE = Pattern.compile("(\\d{1,5})(s|m|h)");
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
        return checked(key, expected, "an http(s) URL with no path, query or fragment", SettingValues::withoutTrailingSlashes,
                uri -> isWeb(uri) && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
                        && uri.getRawFragment() == null && uri.getRawUserInfo() == null);
    }

    /** An absolute http(s) URL, path allowed. */
    URI absoluteUrl(String key, String expected) {
        return checked(key, expected, "an http(s) URL", SettingValues::withoutTrailingSlashes, SettingValues::isWeb);
    }

    /** An absolute URI (any scheme), kept exactly as written: Logto compares API resource indicators verbatim. */
    String absolute(String key, String expected) {
        URI uri = checked(key, expected, "an absolute URI without fragment", UnaryOperator.identity(),
                candidate -> candidate.isAbsolute() && candidate.getRawFragment() == null);
        return uri == null ? null : uri.toString();
    }

    private URI checked(String key, String expected, String rule, UnaryOperator<String> normalize, Predicate<URI> acceptable) {
        String raw = required(key, expected);
        if (raw == null) {
            return null;
        }
        try {
            URI uri = new URI(normalize.apply(raw));
            if (acceptable.test(uri)) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // reported below like any other unusable value
        }
        problems.add(key + " must be " + rule + " (" + expected + "), but is '" + raw + "'");
        return null;
    }

    private static String withoutTrailingSlashes(String url) {
        return url.replaceAll("/+$", "");
    }

    private static boolean isWeb(URI uri) {
        return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
    }

    /** LOGTO_TIMEOUT: e.g. 5s or 1500ms, between 100 ms and 60 s. */
    Duration timeout() {
        String raw = value("LOGTO_TIMEOUT").orElse("");
        Matcher parts = TIMEOUT.matcher(raw);
        if (parts.matches()) {
            long amount = Long.parseLong(parts.group(1));
            Duration timeout = "ms".equals(parts.group(2)) ? Duration.ofMillis(amount) : Duration.ofSeconds(amount);
            if (timeout.compareTo(Duration.ofMillis(100)) >= 0 && timeout.compareTo(Duration.ofSeconds(60)) <= 0) {
                return timeout;
            }
        }
        problems.add("LOGTO_TIMEOUT must be a time between 100ms and 60s such as 5s or 1500ms, but is '" + raw + "'");
        return null;
    }

    /** A length of time in seconds, minutes or hours ({@code 90s}, {@code 10m}, {@code 1h}) within bounds. */
    Duration duration(String name, Duration shortest, Duration longest) {
        String raw = value(name).orElse("");
        Matcher parts = AGE.matcher(raw);
        if (parts.matches()) {
            long amount = Long.parseLong(parts.group(1));
            Duration age = switch (parts.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            if (age.compareTo(shortest) >= 0 && age.compareTo(longest) <= 0) {
                return age;
            }
        }
        problems.add(name + " must be a time between " + words(shortest) + " and " + words(longest)
                + " such as 10m, 90s or 1h, but is '" + raw + "'");
        return null;
    }

    private static String words(Duration time) {
        return time.toSecondsPart() != 0 || time.toMinutes() == 0 ? time.toSeconds() + "s"
                : time.toMinutesPart() != 0 || time.toHours() == 0 ? time.toMinutes() + "m" : time.toHours() + "h";
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
