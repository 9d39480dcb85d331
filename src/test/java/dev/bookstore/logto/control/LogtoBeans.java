package dev.bookstore.logto.control;

import dev.bookstore.ground.control.RecordedMetrics;
import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.ground.control.SettingsReader;
import dev.bookstore.ground.control.Traces;
import dev.bookstore.ground.entity.AppSettings;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Map;
import java.util.Optional;

/**
 * The logto component's beans wired by hand for unit tests of the beans above it, as CDI would wire them, for a
 * Logto at {@code endpoint} (a real HTTP server, e.g. the local provider).
 */
public final class LogtoBeans {

    private final AppConfiguration configuration;
    private final HttpCalls http;
    private final LogtoEndpoints endpoints;
    private final RecordedMetrics metrics = new RecordedMetrics();

    private LogtoBeans(AppSettings settings) {
        configuration = new AppConfiguration() {
            @Override
            public AppSettings settings() {
                return settings;
            }
        };
        http = new HttpCalls();
        http.configuration = configuration;
        http.metrics = metrics;
        http.traces = Traces.using(OpenTelemetry.noop());
        http.create();
        endpoints = new LogtoEndpoints();
        endpoints.http = http;
        endpoints.configuration = configuration;
    }

    /** Settings as the app would read them, for this endpoint and app; {@code LOGTO_TIMEOUT} 2 s. */
    public static LogtoBeans of(String endpoint, String appId, String appSecret, String baseUrl) {
        return of(endpoint, appId, appSecret, baseUrl, Map.of());
    }

    /** The same, with some settings as given (e.g. SESSION_RECHECK). */
    public static LogtoBeans of(String endpoint, String appId, String appSecret, String baseUrl, Map<String, String> given) {
        Map<String, String> defaults = Map.ofEntries(Map.entry("LOGTO_ENDPOINT", endpoint), Map.entry("LOGTO_APP_ID", appId),
                Map.entry("LOGTO_APP_SECRET", appSecret), Map.entry("APP_BASE_URL", baseUrl),
                Map.entry("BOOKSTORE_API_RESOURCE", "https://api.bookstore.example"),
                Map.entry("LOGTO_TIMEOUT", "2s"), Map.entry("LOGTO_KAKAO_TARGET", "kakao"), Map.entry("CLUSTER", "off"),
                Map.entry("DB", "embedded"), Map.entry("ADMIN_MAX_AGE", "10m"),
                Map.entry("SESSION_RECHECK", "5m"));
        return new LogtoBeans(new SettingsReader(key -> Optional.ofNullable(given.getOrDefault(key, defaults.get(key)))).read());
    }

    public AppConfiguration configuration() {
        return configuration;
    }

    public RecordedMetrics metrics() {
        return metrics;
    }

    public HttpCalls http() {
        return http;
    }

    public LogtoEndpoints endpoints() {
        return endpoints;
    }

    /** A new verifier of Logto's JWTs with its own key set, as CDI wires them (one key set per verifier here). */
    public LogtoJwtVerifier verifier() {
        LogtoKeys keys = new LogtoKeys();
        keys.endpoints = endpoints;
        keys.http = http;
        LogtoJwtVerifier verifier = new LogtoJwtVerifier();
        verifier.configuration = configuration;
        verifier.keys = keys;
        return verifier;
    }
}
