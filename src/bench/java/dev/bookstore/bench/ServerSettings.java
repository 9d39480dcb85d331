package dev.bookstore.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The settings both benchmark servers get in server.env: loopback only, the provider the benchmark runs. */
final class ServerSettings {

    private ServerSettings() {
    }

    static Map<String, String> of(BenchSettings settings) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("HTTP_HOST", BenchSettings.HOST);
        environment.put("HTTP_PORT", Integer.toString(settings.httpPort()));
        environment.put("HTTPS_PORT", Integer.toString(settings.httpsPort()));
        environment.put("RELAY_PORT", Integer.toString(settings.httpsPort() + 1));
        environment.put("APP_BASE_URL", settings.app("").toString());
        environment.put("LOGTO_ENDPOINT", settings.provider("").toString());
        environment.put("LOGTO_APP_ID", BenchSettings.CLIENT_ID);
        environment.put("LOGTO_APP_SECRET", BenchSettings.CLIENT_SECRET);
        environment.put("LOGTO_SCOPES", "urn:logto:scope:organizations urn:logto:scope:organization_roles manage:club-shelf");
        environment.put("keystore_password", "bench-keystore-password-not-secret");
        // loopback only: the benchmark reads /metrics for the dashboard's picture (OpsDashboard)
        environment.put("METRICS", "open");
        String jvmArgs = System.getProperty("bench.jvmArgs", "");
        if (!jvmArgs.isBlank()) {
            environment.put("JVM_ARGS", jvmArgs); // read by Liberty's server script from server.env: e.g. a JFR recording
        }
        return environment;
    }
}
