package dev.bookstore.devprovider;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tenant's webhooks and their deliveries, as Logto 1.42 sends them: a JSON POST whose header
 * {@code logto-signature-sha-256} is the hex HMAC-SHA256 of the body with the hook's signing key, with the data
 * hook fields of a Management API call ({@code event, createdAt, path, method, status, params, data, hookId}).
 */
final class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** A registered hook; {@code events} as Logto names them, e.g. {@code User.Deleted}. */
    record Hook(String id, String name, List<String> events, String url, String signingKey, long createdAt) {
    }

    /** A delivery as sent, for tests that replay or alter it. */
    record Delivery(String url, String body, String signature) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<Hook> hooks = new CopyOnWriteArrayList<>();
    private final List<Delivery> sent = new CopyOnWriteArrayList<>();

    Hook add(String name, List<String> events, String url) {
        return add(name, events, url, RandomValues.standardSecret());
    }

    Hook add(String name, List<String> events, String url, String signingKey) {
        Hook hook = new Hook(RandomValues.standardId(), name, List.copyOf(events), url, signingKey, System.currentTimeMillis());
        hooks.add(hook);
        return hook;
    }

    Hook replaceEvents(Hook hook, List<String> events) {
        Hook changed = new Hook(hook.id(), hook.name(), List.copyOf(events), hook.url(), hook.signingKey(), hook.createdAt());
        hooks.replaceAll(candidate -> candidate.id().equals(hook.id()) ? changed : candidate);
        return changed;
    }

    List<Hook> all() {
        return List.copyOf(hooks);
    }

    List<Delivery> sent() {
        return List.copyOf(sent);
    }

    /**
     * Sends {@code event} about {@code user} to every hook that asked for it, waiting at most 5 s for each: a
     * Management API call's delivery, whose {@code data} is the user as Logto 1.42 picks it
     * ({@code userInfoSelectFields}); {@code path} without {@code /api}, as Logto mounts it.
     */
    void userEvent(String event, DemoUser user, boolean suspended, String method, String path) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", user.subject());
        data.put("username", user.username());
        data.put("primaryEmail", user.email());
        data.put("primaryPhone", user.phoneNumber());
        data.put("name", user.name());
        data.put("avatar", null);
        data.put("customData", Map.of());
        data.put("identities", Map.of());
        data.put("lastSignInAt", null);
        data.put("createdAt", user.createdAt());
        data.put("updatedAt", user.updatedAt());
        data.put("profile", Map.of());
        data.put("applicationId", null);
        data.put("isSuspended", suspended);
        send(event, method, path.replace(":userId", user.subject()), path, method.equals("DELETE") ? 204 : 200,
                Map.of("userId", user.subject()), data);
    }

    /** {@code Role.Deleted} as Logto 1.42 sends it: the role's id in {@code params}, no {@code data}, no users. */
    void roleDeleted(String roleId) {
        send("Role.Deleted", "DELETE", "/roles/" + roleId, "/roles/:id", 204, Map.of("id", roleId), null);
    }

    private void send(String event, String method, String path, String matchedRoute, int status, Map<String, Object> params,
                      Map<String, Object> data) {
        for (Hook hook : hooks) {
            if (hook.events().contains(event)) {
                Map<String, Object> payload = new LinkedHashMap<>();
                payload.put("event", event);
                payload.put("createdAt", Instant.now().toString());
                payload.put("userAgent", "Local Logto");
                payload.put("ip", "127.0.0.1");
                payload.put("path", path);
                payload.put("method", method);
                payload.put("status", status);
                payload.put("params", params);
                payload.put("matchedRoute", matchedRoute);
                if (data != null) {
                    payload.put("data", data);
                }
                payload.put("hookId", hook.id());
                deliver(hook, JSONObjectUtils.toJSONString(payload));
            }
        }
    }

    /** Sends a body as it is, signed with the hook's key: what Logto's retry of a delivery looks like. */
    int deliver(Hook hook, String body) {
        String signature = sign(hook.signingKey(), body);
        sent.add(new Delivery(hook.url(), body, signature));
        return post(hook.url(), body, signature);
    }

    /** POSTs a delivery and answers the receiver's status (0 when it could not be reached). */
    int post(String url, String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("User-Agent", "Logto (https://logto.io/)")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("logto-signature-sha-256", signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            LOG.info(() -> "Webhook delivery to " + url + " failed (" + unreachable + "); ignored");
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    static String sign(String signingKey, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
