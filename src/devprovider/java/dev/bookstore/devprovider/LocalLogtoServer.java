package dev.bookstore.devprovider;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The built-in local Logto on its own, outside any app server: for trying several members behind a load balancer
 * (docs/DEPLOY.md). Takes the app's own settings from the environment: it serves {@code LOGTO_ENDPOINT}
 * (default http://127.0.0.1:3001) for the app {@code LOGTO_APP_ID}/{@code LOGTO_APP_SECRET} reached at
 * {@code APP_BASE_URL}, and runs until stopped (Ctrl-C, SIGTERM). With {@code LOCAL_LOGTO_EMPTY=true} it serves a fresh
 * tenant instead: no app and no API resource, only the machine-to-machine app {@code LOGTO_M2M_APP_ID} /
 * {@code LOGTO_M2M_APP_SECRET} that may use its Management API, for trying {@code ./mvnw -q -Plogto-setup}.
 */
public final class LocalLogtoServer {

    private LocalLogtoServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        URI endpoint = URI.create(setting(env, "LOGTO_ENDPOINT", "http://127.0.0.1:3001"));
        int port = endpoint.getPort() == -1 ? 80 : endpoint.getPort();
        if (Boolean.parseBoolean(setting(env, "LOCAL_LOGTO_EMPTY", "false"))) {
            String managementApp = setting(env, "LOGTO_M2M_APP_ID", "bookstore-setup");
            LocalLogto empty = LocalLogto.startEmpty(endpoint.getHost(), port, managementApp,
                    setting(env, "LOGTO_M2M_APP_SECRET", "setup-secret-not-for-production"));
            serveUntilStopped(empty, "Local Logto serving an empty tenant at " + empty.endpoint()
                    + " (Management API app " + managementApp + "). Never use this in production.");
            return;
        }
        String baseUrl = setting(env, "APP_BASE_URL", "http://localhost:9080").replaceAll("/+$", "");
        LocalLogtoClient client = new LocalLogtoClient(setting(env, "LOGTO_APP_ID", "bookstore-local"),
                setting(env, "LOGTO_APP_SECRET", "local-secret-not-for-production"),
                Set.of(baseUrl + "/callback"), Set.of(baseUrl + "/"));
        LocalLogto provider = LocalLogto.start(endpoint.getHost(), port, client,
                setting(env, "BOOKSTORE_API_RESOURCE", LocalLogto.DEFAULT_API_RESOURCE));
        provider.backchannelLogoutUri(baseUrl + "/backchannel-logout");
        serveUntilStopped(provider, "Local Logto serving " + provider.endpoint() + " for app " + client.clientId() + " at "
                + baseUrl + " (demo users: reader, kakao, admin). Never use this in production.");
    }

    private static void serveUntilStopped(LocalLogto provider, String banner) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            provider.close();
            stopped.countDown();
        }));
        System.out.println(banner);
        stopped.await();
    }

    private static String setting(Map<String, String> env, String name, String fallback) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank()).orElse(fallback);
    }
}
