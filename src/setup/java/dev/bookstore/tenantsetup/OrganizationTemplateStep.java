package dev.bookstore.tenantsetup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organization template of the book clubs, which Logto shares by all organizations: the organization permission
 * (Logto: "organization scope") {@code manage:club-shelf}, the role {@code organizer} that grants it and the role
 * {@code member} that grants nothing. A role's other permissions, and descriptions changed in the Console, are left
 * alone.
 */
final class OrganizationTemplateStep {

    static final String PERMISSION = "manage:club-shelf";

    /** Why the template is there, said once in the plan. */
    static final String PURPOSE = "book clubs: organizers manage a club's shelf";

    private record Role(String name, String description, List<String> permissions) {
    }

    private static final List<Role> ROLES = List.of(
            new Role("organizer", "Runs the book club and its shelf", List.of(PERMISSION)),
            new Role("member", "Reads the club's shelf", List.of()));

    private OrganizationTemplateStep() {
    }

    static List<Change> plan(ManagementCalls api, SetupState state) throws SetupException {
        List<Change> changes = new ArrayList<>();
        changes.add(permission(api, state));
        List<Map<String, Object>> roles = api.list("/organization-roles");
        for (Role role : ROLES) {
            Optional<Map<String, Object>> existing = roles.stream()
                    .filter(candidate -> role.name().equals(candidate.get("name"))).findFirst();
            changes.add(existing.isEmpty() ? create(role) : update(role, existing.get()));
        }
        return changes;
    }

    private static Change permission(ManagementCalls api, SetupState state) throws SetupException {
        String item = "organization permission " + PERMISSION + " (" + PURPOSE + ")";
        Optional<Map<String, Object>> existing = api.list("/organization-scopes").stream()
                .filter(scope -> PERMISSION.equals(scope.get("name"))).findFirst();
        if (existing.isPresent()) {
            state.organizationScopeIds.put(PERMISSION, (String) existing.get().get("id"));
            return Change.unchanged(item);
        }
        return new Change(Change.Action.CREATE, item, "", (calls, created) -> {
            Map<String, Object> scope = calls.post("/organization-scopes",
                    Map.of("name", PERMISSION, "description", "Add books to the club's shelf and take them off"));
            created.organizationScopeIds.put(PERMISSION, (String) scope.get("id"));
        });
    }

    private static Change create(Role role) {
        String item = "organization role " + role.name();
        String detail = role.permissions().isEmpty() ? "without permissions" : "with " + String.join(", ", role.permissions());
        return new Change(Change.Action.CREATE, item, detail, (calls, state) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", role.name());
            body.put("description", role.description());
            body.put("type", "User");
            body.put("organizationScopeIds", scopeIds(role.permissions(), state));
            calls.post("/organization-roles", body);
        });
    }

    /** Logto lists an organization role with its permissions ({@code scopes}: id and name). */
    private static Change update(Role role, Map<String, Object> existing) {
        String item = "organization role " + role.name();
        List<String> granted = existing.get("scopes") instanceof List<?> scopes ? scopes.stream()
                .map(scope -> scope instanceof Map<?, ?> entry ? entry.get("name") : null).map(String::valueOf).toList() : List.of();
        List<String> missing = role.permissions().stream().filter(permission -> !granted.contains(permission)).toList();
        if (missing.isEmpty()) {
            return Change.unchanged(item);
        }
        String id = (String) existing.get("id");
        return new Change(Change.Action.UPDATE, item, "add " + String.join(", ", missing), (calls, state) ->
                calls.post("/organization-roles/" + id + "/scopes", Map.of("organizationScopeIds", scopeIds(missing, state))));
    }

    private static List<String> scopeIds(List<String> permissions, SetupState state) throws SetupException {
        List<String> ids = new ArrayList<>();
        for (String permission : permissions) {
            String id = state.organizationScopeIds.get(permission);
            if (id == null) {
                throw SetupException.logto("the tenant has no organization permission " + permission + " to give to a role");
            }
            ids.add(id);
        }
        return ids;
    }
}
