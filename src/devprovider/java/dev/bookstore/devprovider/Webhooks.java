package dev.bookstore.devprovider;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tenant's webhooks and the events they hear of, as Logto 1.42 shapes them: the data hook fields of a Management
 * API call ({@code event, createdAt, path, method, status, params, data, hookId}), delivered by
 * {@link WebhookSender}.
 */
final class Webhooks {

    /** A registered hook; {@code events} as Logto names them, e.g. {@code User.Deleted}. */
    record Hook(String id, String name, List<String> events, String url, String signingKey, long createdAt) {
    }

    private final List<Hook> hooks = new CopyOnWriteArrayList<>();
    private final WebhookSender sender;

    Webhooks(WebhookSender sender) {
        this.sender = sender;
    }

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

    WebhookSender sender() {
        return sender;
    }

    /**
     * Sends {@code event} about {@code user} to every hook that asked for it, waiting at most 5 s for each: a
     * Management API call's delivery, whose {@code data} is the user as Logto 1.42 picks it
     * ({@code userInfoSelectFields}); {@code path} without {@code /api}, as Logto mounts it.
     */
    void userEvent(String event, DemoUser user, boolean suspended, String method, String path) {
        send(event, method, path.replace(":userId", user.subject()), path, method.equals("DELETE") ? 204 : 200,
                Map.of("userId", user.subject()), HookUserData.of(user, suspended), Map.of());
    }

    /** {@code Role.Deleted} as Logto 1.42 sends it: the role's id in {@code params}, no {@code data}, no users. */
    void roleDeleted(String roleId) {
        send("Role.Deleted", "DELETE", "/roles/" + roleId, "/roles/:id", 204, Map.of("id", roleId), null, Map.of());
    }

    /** {@code OrganizationScope.Created} or {@code OrganizationRole.Created}: {@code data} is the answer's body. */
    void organizationTemplateCreated(String event, String route, Map<String, Object> created) {
        send(event, "POST", route, route, 201, Map.of(), created, Map.of());
    }

    /** {@code OrganizationRole.Scopes.Updated} for {@code POST /organization-roles/:id/scopes}: no {@code data}. */
    void organizationRoleScopesAdded(String roleId) {
        send("OrganizationRole.Scopes.Updated", "POST", "/organization-roles/" + roleId + "/scopes",
                "/organization-roles/:id/scopes", 201, Map.of("id", roleId), null, Map.of());
    }

    /** The same event for {@code POST /organization-roles} with permissions: {@code organizationRoleId}, no data. */
    void organizationRoleCreatedWithScopes(String roleId) {
        send("OrganizationRole.Scopes.Updated", "POST", "/organization-roles", "/organization-roles", 201, Map.of(), null,
                Map.of("organizationRoleId", roleId));
    }

    /**
     * {@code Organization.Membership.Updated} for {@code DELETE /organizations/:id/users/:userId}, as Logto 1.42 sends
     * it: the organization and the delta beside the call's fields, no {@code data}.
     */
    void memberRemoved(String organizationId, String userId) {
        send("Organization.Membership.Updated", "DELETE", "/organizations/" + organizationId + "/users/" + userId,
                "/organizations/:id/users/:userId", 204, Map.of("id", organizationId, "userId", userId), null,
                Map.of("organizationId", organizationId, "removedUserIds", List.of(userId)));
    }

    private void send(String event, String method, String path, String matchedRoute, int status, Map<String, Object> params,
                      Map<String, Object> data, Map<String, Object> fields) {
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
                payload.putAll(fields);
                if (data != null) {
                    payload.put("data", data);
                }
                payload.put("hookId", hook.id());
                sender.deliver(hook.url(), hook.signingKey(), JSONObjectUtils.toJSONString(payload));
            }
        }
    }
}
