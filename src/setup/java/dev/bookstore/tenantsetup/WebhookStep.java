package dev.bookstore.tenantsetup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Logto's webhook to the app's {@code <first base URL>/logto-webhook} for the events that reach live sessions
 * (suspension and deletion end them; a user's data, an organization's members, a role or an organization role
 * changed make them ask Logto again); its signing key goes into the app's settings ({@code LOGTO_WEBHOOK_SIGNING_KEY}).
 */
final class WebhookStep {

    static final List<String> EVENTS = List.of("User.SuspensionStatus.Updated", "User.Deleted", "User.Data.Updated",
            "Organization.Membership.Updated", "Role.Deleted", "Role.Scopes.Updated", "OrganizationRole.Scopes.Updated",
            "OrganizationRole.Deleted");

    private WebhookStep() {
    }

    static Change plan(SetupInputs inputs, ManagementCalls api, SetupState state) throws SetupException {
        String url = inputs.baseUrls().get(0) + "/logto-webhook";
        String item = "webhook " + url;
        Optional<Map<String, Object>> existing = api.list("/hooks").stream()
                .filter(hook -> hook.get("config") instanceof Map<?, ?> config && url.equals(config.get("url"))).findFirst();
        if (existing.isEmpty()) {
            return new Change(Change.Action.CREATE, item, "for " + String.join(", ", EVENTS), (calls, created) -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("name", "Bookstore sessions");
                body.put("events", EVENTS);
                body.put("config", Map.of("url", url));
                created.webhookSigningKey = (String) calls.post("/hooks", body).get("signingKey");
            });
        }
        Map<String, Object> hook = existing.get();
        state.webhookSigningKey = (String) hook.get("signingKey");
        List<String> events = new ArrayList<>(ApplicationStep.strings(hook.get("events")));
        List<String> missing = EVENTS.stream().filter(event -> !events.contains(event)).toList();
        if (missing.isEmpty()) {
            return Change.unchanged(item);
        }
        events.addAll(missing);
        return new Change(Change.Action.UPDATE, item, "add " + String.join(", ", missing),
                (calls, found) -> calls.patch("/hooks/" + hook.get("id"), Map.of("events", events)));
    }
}
