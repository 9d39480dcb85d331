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
 * {@code APP_BASE_URL}, and runs until stopped (Ctrl-C, SIGTERM).
 */
public final class LocalLogtoServer {

    private LocalLogtoServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        URI endpoint = URI.create(setting(env, "LOGTO_ENDPOINT", "http://127.0.0.1:3001"));
        String baseUrl = setting(env, "APP_BASE_URL", "http://localhost:9080").replaceAll("/+$", "");
        LocalLogtoClient client = new LocalLogtoClient(setting(env, "LOGTO_APP_ID", "bookstore-local"),
                setting(env, "LOGTO_APP_SECRET", "local-secret-not-for-production"),
                Set.of(baseUrl + "/callback"), Set.of(baseUrl + "/"));
        LocalLogto provider = LocalLogto.start(endpoint.getHost(), endpoint.getPort() == -1 ? 80 : endpoint.getPort(),
                client, setting(env, "BOOKSTORE_API_RESOURCE", LocalLogto.DEFAULT_API_RESOURCE));
        provider.backchannelLogoutUri(baseUrl + "/backchannel-logout");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            provider.close();
            stopped.countDown();
        }));
        System.out.println("Local Logto serving " + provider.endpoint() + " for app " + client.clientId() + " at "
                + baseUrl + " (demo users: reader, kakao, admin). Never use this in production.");
        stopped.await();
    }

    private static String setting(Map<String, String> env, String name, String fallback) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank()).orElse(fallback);
    }
}
