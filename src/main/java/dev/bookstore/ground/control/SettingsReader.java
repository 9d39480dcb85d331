package dev.bookstore.ground.control;

import dev.bookstore.ground.entity.AppSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Reads and checks every setting at once, so that one start-up message names all that is wrong.
 * The source is a plain lookup (MicroProfile Config in the app, a map in unit tests).
 */
public class SettingsReader {

    private static final Pattern CONNECTOR_TARGET = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** Names of the files under liberty/cluster that server.xml includes for the CLUSTER setting. */
    private static final Set<String> CLUSTER_MODES = Set.of("off", "hazelcast");
    /** Names of the files under liberty/database that server.xml includes for the DB setting. */
    private static final Set<String> DATABASES = Set.of("embedded", "postgresql");

    /** How Liberty may name the relay's endpoint (server.xml binds it to 127.0.0.1 alone; RelayAccess). */
    private static final Pattern LOOPBACK_HOST = Pattern.compile("localhost|127\\.0\\.0\\.1");

    private final Function<String, Optional<String>> source;

    public SettingsReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    public static SettingsReader fromConfig(Config config) {
        return new SettingsReader(key -> config.getOptionalValue(key, String.class));
    }

    public AppSettings read() {
        SettingValues check = new SettingValues(source);
        List<String> problems = check.problems();
        URI endpoint = check.url("LOGTO_ENDPOINT", "the URL of your Logto tenant, e.g. https://your-tenant.logto.app");
        String appId = check.required("LOGTO_APP_ID", "the App ID of your Logto Traditional web application");
        String appSecret = check.required("LOGTO_APP_SECRET", "the App secret of your Logto Traditional web application");
        URI baseUrl = check.url("APP_BASE_URL", "the URL users reach this app at, e.g. https://books.example.com");
        String kakaoTarget = check.required("LOGTO_KAKAO_TARGET", "the target of Logto's Kakao connector, e.g. kakao");
        if (kakaoTarget != null && !CONNECTOR_TARGET.matcher(kakaoTarget).matches()) {
            problems.add("LOGTO_KAKAO_TARGET must be a Logto connector target such as kakao, but is '" + kakaoTarget + "'");
        }
        List<String> scopes = check.scopes();
        String apiResource = check.absolute("BOOKSTORE_API_RESOURCE", "the API resource indicator registered in Logto, e.g. https://api.bookstore.example");
        Duration timeout = check.timeout();
        Duration adminMaxAge = check.duration("ADMIN_MAX_AGE", Duration.ofSeconds(30), Duration.ofHours(24));
        Duration sessionRecheck = check.duration("SESSION_RECHECK", Duration.ofSeconds(2), Duration.ofHours(1));
        String relayPort = check.value("RELAY_PORT").orElse("9083");
        URI internalUrl = check.value("APP_INTERNAL_URL").isPresent()
                ? check.url("APP_INTERNAL_URL", "where this server reaches its relay, e.g. http://127.0.0.1:" + relayPort)
                : URI.create("http://127.0.0.1:" + relayPort);
        if (internalUrl != null && (!LOOPBACK_HOST.matcher(String.valueOf(internalUrl.getHost())).matches()
                || !relayPort.equals(String.valueOf(internalUrl.getPort())))) {
            problems.add("APP_INTERNAL_URL must be http://127.0.0.1:<RELAY_PORT> (here " + relayPort + "), where the relay "
                    + "listens on loopback only (Liberty sends the client secret and sign-in codes there), but is " + internalUrl);
        }
        String cluster = check.value("CLUSTER").orElse("");
        if (!CLUSTER_MODES.contains(cluster)) {
            problems.add("CLUSTER must be off (one server) or hazelcast (members share sessions), but is '" + cluster + "'");
        } else if ("hazelcast".equals(cluster)) {
            check.required("LTPA_KEYS_PASSWORD", "the password of the LTPA keys file every cluster member shares (LTPA_KEYS_FILE)");
        }
        String hazelcastConfig = check.value("HAZELCAST_CONFIG").orElse(null);
        if ("hazelcast".equals(cluster) && hazelcastConfig == null) {
            problems.add("HAZELCAST_CONFIG is not set: set it to Hazelcast's configuration file of the cluster");
        }
        String database = check.value("DB").orElse("");
        if (!DATABASES.contains(database)) {
            problems.add("DB must be embedded (H2 in the server's files) or postgresql (DB_URL, DB_USER, DB_PASSWORD), but is '"
                    + database + "'");
        } else if ("postgresql".equals(database)) {
            String url = check.required("DB_URL", "the JDBC URL of the PostgreSQL database, e.g. jdbc:postgresql://db:5432/bookstore");
            if (url != null && !url.startsWith("jdbc:postgresql://")) {
                problems.add("DB_URL must be a PostgreSQL JDBC URL such as jdbc:postgresql://db:5432/bookstore, but starts with '"
                        + url.substring(0, Math.min(url.length(), 18)) + "'");
            }
            check.required("DB_USER", "the database user of the Bookstore");
            check.required("DB_PASSWORD", "that user's password");
        }
        boolean sessionCookieSecure = Boolean.parseBoolean(check.value("SESSION_COOKIE_SECURE").orElse("false"));
        if (baseUrl != null && "https".equals(baseUrl.getScheme()) && !sessionCookieSecure) {
            problems.add("SESSION_COOKIE_SECURE must be true when APP_BASE_URL is https: Liberty's sign-in cookie is "
                    + "marked Secure only then, and would otherwise also be sent over plain http");
        }
        boolean builtInLogto = Boolean.parseBoolean(check.value("LOCAL_PROVIDER_ENABLED").orElse("false"));
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new AppSettings(endpoint, appId, appSecret, baseUrl, kakaoTarget, scopes, apiResource, timeout,
                internalUrl, cluster, hazelcastConfig, sessionCookieSecure, builtInLogto, database,
                check.value("LOGTO_WEBHOOK_SIGNING_KEY"), adminMaxAge, sessionRecheck);
    }
}
