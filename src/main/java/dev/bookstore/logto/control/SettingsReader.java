package dev.bookstore.logto.control;

import dev.bookstore.logto.entity.LogtoSettings;
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
import org.eclipse.microprofile.config.Config;

/**
 * Reads and checks every setting at once, so that one start-up message names all that is wrong.
 * The source is a plain lookup (MicroProfile Config in the app, a map in unit tests).
 */
public class SettingsReader {

    static final List<String> BASE_SCOPES =
            List.of("openid", "offline_access", "profile", "email", "roles", "identities", "read:books", "write:books");
    private static final Pattern CONNECTOR_TARGET = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** Names of the files under liberty/cluster that server.xml includes for the CLUSTER setting. */
    private static final Set<String> CLUSTER_MODES = Set.of("off", "hazelcast");
    private static final Pattern TIMEOUT = Pattern.compile("(\\d{1,6})(ms|s)");
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    private final Function<String, Optional<String>> source;
    private final List<String> problems = new ArrayList<>();

    public SettingsReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    public static SettingsReader fromConfig(Config config) {
        return new SettingsReader(key -> config.getOptionalValue(key, String.class));
    }

    public LogtoSettings read() {
        URI endpoint = url("LOGTO_ENDPOINT", "the URL of your Logto tenant, e.g. https://your-tenant.logto.app");
        String appId = required("LOGTO_APP_ID", "the App ID of your Logto Traditional web application");
        String appSecret = required("LOGTO_APP_SECRET", "the App secret of your Logto Traditional web application");
        URI baseUrl = url("APP_BASE_URL", "the URL users reach this app at, e.g. https://books.example.com");
        String kakaoTarget = required("LOGTO_KAKAO_TARGET", "the target of Logto's Kakao connector, e.g. kakao");
        if (kakaoTarget != null && !CONNECTOR_TARGET.matcher(kakaoTarget).matches()) {
            problems.add("LOGTO_KAKAO_TARGET must be a Logto connector target such as kakao, but is '" + kakaoTarget + "'");
        }
        List<String> scopes = scopes();
        String apiResource = absolute("BOOKSTORE_API_RESOURCE", "the API resource indicator registered in Logto, e.g. https://api.bookstore.example");
        URI apiUrl = absoluteUrl("BOOKSTORE_API_URL", "where this app reaches its own API, e.g. http://localhost:9080/api");
        Duration timeout = timeout();
        URI internalUrl = value("APP_INTERNAL_URL").isPresent()
                ? url("APP_INTERNAL_URL", "where this server reaches itself, e.g. http://127.0.0.1:9080")
                : URI.create("http://127.0.0.1:" + value("HTTP_PORT").filter(port -> port.matches("\\d{1,5}")).orElse("9080"));
        String cluster = value("CLUSTER").orElse("");
        if (!CLUSTER_MODES.contains(cluster)) {
            problems.add("CLUSTER must be off (one server) or hazelcast (members share sessions), but is '" + cluster + "'");
        } else if ("hazelcast".equals(cluster)) {
            required("LTPA_KEYS_PASSWORD", "the password of the LTPA keys file every cluster member shares (LTPA_KEYS_FILE)");
        }
        String hazelcastConfig = value("HAZELCAST_CONFIG").orElse(null);
        if ("hazelcast".equals(cluster) && hazelcastConfig == null) {
            problems.add("HAZELCAST_CONFIG is not set: set it to Hazelcast's configuration file of the cluster");
        }
        boolean sessionCookieSecure = Boolean.parseBoolean(value("SESSION_COOKIE_SECURE").orElse("false"));
        boolean builtInLogto = Boolean.parseBoolean(value("LOCAL_PROVIDER_ENABLED").orElse("false"));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new LogtoSettings(endpoint, appId, appSecret, baseUrl, kakaoTarget, scopes, apiResource, apiUrl, timeout,
                internalUrl, cluster, hazelcastConfig, sessionCookieSecure, builtInLogto);
    }

    private Optional<String> value(String key) {
        return source.apply(key).map(String::strip).filter(v -> !v.isEmpty());
    }

    private String required(String key, String expected) {
        return value(key).orElseGet(() -> {
            problems.add(key + " is not set: set it to " + expected);
            return null;
        });
    }

    /** Scheme, host and port only: where Logto or the app itself is reached. */
    private URI url(String key, String expected) {
        return checked(key, expected, "an http(s) URL with no path, query or fragment", SettingsReader::withoutTrailingSlashes,
                uri -> isWeb(uri) && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
                        && uri.getRawFragment() == null && uri.getRawUserInfo() == null);
    }

    /** An absolute http(s) URL, path allowed. */
    private URI absoluteUrl(String key, String expected) {
        return checked(key, expected, "an http(s) URL", SettingsReader::withoutTrailingSlashes, SettingsReader::isWeb);
    }

    /** An absolute URI (any scheme), kept exactly as written: Logto compares API resource indicators verbatim. */
    private String absolute(String key, String expected) {
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
    private Duration timeout() {
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

    private List<String> scopes() {
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
