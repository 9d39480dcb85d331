package dev.bookstore.devprovider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /api/hooks}: webhooks made here are delivered by {@link Webhooks}; each answer carries its signing key. */
final class ManagedHooks implements ManagementRoute {

    private final Webhooks webhooks;

    ManagedHooks(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public Optional<Reply> handle(RecordedRequest request, List<String> path) {
        if (ManagementRoute.is(request, "GET", path, 1, "hooks")) {
            return Optional.of(ManagementReplies.list(request, webhooks.all().stream().map(ManagedHooks::json).toList(), true));
        }
        if (ManagementRoute.is(request, "PATCH", path, 2, "hooks")) {
            return Optional.of(patch(path.get(1), ManagementReplies.body(request)));
        }
        if (!ManagementRoute.is(request, "POST", path, 1, "hooks")) {
            return Optional.empty();
        }
        Map<String, Object> body = ManagementReplies.body(request);
        List<String> events = body == null ? List.of() : ManagementValues.strings(body.get("events"));
        if (events.isEmpty()) {
            return Optional.of(ManagementReplies.error(400, "hook.missing_events", "You need to provide at least one event."));
        }
        if (!(body.get("config") instanceof Map<?, ?> config) || !(config.get("url") instanceof String url)) {
            return Optional.of(ManagementReplies.invalidInput());
        }
        String name = body.get("name") instanceof String given ? given : "";
        return Optional.of(Reply.json(201, json(webhooks.add(name, events.stream().distinct().toList(), url))));
    }

    /** Events replaced whole, as Logto's PATCH does. */
    private Reply patch(String id, Map<String, Object> body) {
        Optional<Webhooks.Hook> hook = webhooks.all().stream().filter(candidate -> candidate.id().equals(id)).findFirst();
        if (hook.isEmpty()) {
            return ManagementReplies.notFound("hooks", id);
        }
        List<String> events = body == null ? List.of() : ManagementValues.strings(body.get("events"));
        if (events.isEmpty()) {
            return ManagementReplies.invalidInput();
        }
        return Reply.json(200, json(webhooks.replaceEvents(hook.get(), events)));
    }

    private static Map<String, Object> json(Webhooks.Hook hook) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tenantId", "default");
        json.put("id", hook.id());
        json.put("name", hook.name());
        json.put("event", null);
        json.put("events", hook.events());
        json.put("config", Map.of("url", hook.url()));
        json.put("signingKey", hook.signingKey());
        json.put("enabled", true);
        json.put("createdAt", hook.createdAt());
        return json;
    }
}
