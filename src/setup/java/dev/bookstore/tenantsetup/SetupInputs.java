package dev.bookstore.tenantsetup;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the setup is told, from the environment and flags ({@code --name value} or {@code --name=value}; a flag
 * wins over its variable). Secrets come only from the environment, so they never show in a process list.
 * {@code --app-id} has no variable: a {@code LOGTO_APP_ID} left in the shell from a sourced settings file must not
 * pick the app unasked.
 */
record SetupInputs(URI endpoint, String managementAppId, String managementAppSecret, String managementResource,
                   List<URI> baseUrls, String appName, String appId, String apiResource, String kakaoRestApiKey,
                   String kakaoClientSecret, String kakaoTarget, Path envFile, Path kubernetesSecret, boolean dryRun) {

    static final String OSS_MANAGEMENT_RESOURCE = "https://default.logto.app/api";

    /** flag name → environment variable */
    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("endpoint", "LOGTO_ENDPOINT"),
            Map.entry("management-app-id", "LOGTO_M2M_APP_ID"),
            Map.entry("management-resource", "LOGTO_MANAGEMENT_RESOURCE"),
            Map.entry("base-url", "APP_BASE_URL"),
            Map.entry("app-name", "LOGTO_APP_NAME"),
            Map.entry("api-resource", "BOOKSTORE_API_RESOURCE"),
            Map.entry("kakao-target", "LOGTO_KAKAO_TARGET"),
            Map.entry("env-file", "SETUP_ENV_FILE"),
            Map.entry("kubernetes-secret", "SETUP_KUBERNETES_SECRET"));

    /** The one flag without a variable (see above). */
    private static final String APP_ID_FLAG = "app-id";

    static SetupInputs read(Map<String, String> environment, String... arguments) throws SetupException {
        Map<String, String> values = new HashMap<>();
        environment.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        });
        boolean dryRun = false;
        String appId = null;
        List<String> rest = new ArrayList<>(Arrays.asList(arguments));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (flag.equals("--dry-run") || flag.equals("plan")) {
                dryRun = true;
                continue;
            }
            String name = flag.startsWith("--") ? flag.substring(2).split("=", 2)[0] : "";
            if (!FLAGS.containsKey(name) && !name.equals(APP_ID_FLAG)) {
                throw SetupException.badInput("unknown argument '" + flag + "' (known: --dry-run, --app-id <id>, "
                        + String.join(", ", FLAGS.keySet().stream().sorted().map(known -> "--" + known).toList()) + ")");
            }
            String value = (flag.contains("=") ? flag.substring(flag.indexOf('=') + 1)
                    : rest.isEmpty() ? "" : rest.remove(0)).strip();
            if (name.equals(APP_ID_FLAG)) {
                appId = value;
            } else {
                values.put(FLAGS.get(name), value);
            }
        }
        if (appId != null && appId.isEmpty()) {
            throw SetupException.badInput("--app-id needs the App ID of the Traditional web application to set up");
        }
        return from(values, appId, dryRun);
    }

    private static SetupInputs from(Map<String, String> values, String appId, boolean dryRun) throws SetupException {
        URI endpoint = webUrl("LOGTO_ENDPOINT", required(values, "LOGTO_ENDPOINT", "the URL of your Logto, e.g. https://your-tenant.logto.app"));
        String managementAppId = required(values, "LOGTO_M2M_APP_ID", "the App ID of a machine-to-machine app with the role Logto Management API access");
        String managementAppSecret = required(values, "LOGTO_M2M_APP_SECRET", "that app's secret");
        List<URI> baseUrls = new ArrayList<>();
        for (String base : required(values, "APP_BASE_URL", "the URL users reach the Bookstore at, e.g. https://books.example.com"
                + " (several separated by commas)").split("[,\\s]+")) {
            baseUrls.add(webUrl("APP_BASE_URL", base));
        }
        String kakaoKey = values.get("KAKAO_REST_API_KEY");
        if (kakaoKey == null && values.containsKey("KAKAO_CLIENT_SECRET")) {
            throw SetupException.badInput("KAKAO_CLIENT_SECRET is set without KAKAO_REST_API_KEY: set the Kakao app's REST API key too");
        }
        return new SetupInputs(endpoint, managementAppId, managementAppSecret,
                values.get("LOGTO_MANAGEMENT_RESOURCE"), List.copyOf(baseUrls),
                values.getOrDefault("LOGTO_APP_NAME", "Bookstore"), appId,
                values.getOrDefault("BOOKSTORE_API_RESOURCE", "https://api.bookstore.example"),
                kakaoKey, values.get("KAKAO_CLIENT_SECRET"), values.getOrDefault("LOGTO_KAKAO_TARGET", "kakao"),
                Path.of(values.getOrDefault("SETUP_ENV_FILE", "bookstore-logto.env")),
                Optional.ofNullable(values.get("SETUP_KUBERNETES_SECRET")).map(Path::of).orElse(null), dryRun);
    }

    /** Logto names a tenant's Management API after the tenant: {@code default} on a self-hosted Logto. */
    static String managementResourceOf(String tenantId) {
        return "https://" + tenantId + ".logto.app/api";
    }

    /** Without the tenant's id: a Logto Cloud endpoint is the tenant's own host; anything else is self-hosted. */
    static String managementResourceOf(URI endpoint) {
        String host = endpoint.getHost();
        boolean cloudTenant = host.endsWith(".logto.app") && host.indexOf('.') == host.length() - ".logto.app".length();
        return cloudTenant ? "https://" + host + "/api" : OSS_MANAGEMENT_RESOURCE;
    }

    private static String required(Map<String, String> values, String name, String expected) throws SetupException {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw SetupException.badInput(name + " is not set: set it to " + expected);
        }
        return value;
    }

    private static URI webUrl(String name, String value) throws SetupException {
        try {
            URI uri = new URI(value.replaceAll("/+$", ""));
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawPath().isEmpty() && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException malformed) {
            // reported below
        }
        String example = "LOGTO_ENDPOINT".equals(name) ? "https://your-tenant.logto.app" : "https://books.example.com";
        throw SetupException.badInput(name + " must be an absolute http(s) URL with no path, such as " + example + ","
                + " but is '" + value + "'");
    }

    @Override
    public String toString() {
        return "SetupInputs[endpoint=" + endpoint + ", managementAppId=" + managementAppId + ", baseUrls=" + baseUrls + "]";
    }
}
