package dev.bookstore.tenantsetup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user roles the Bookstore knows: {@code admin} (both permissions) and {@code reader} (read:books), which new
 * users get by default. A role's other permissions, and whether {@code admin} is a default role, are left alone.
 */
final class RolesStep {

    private record Role(String name, String description, List<String> permissions, boolean byDefault) {
    }

    private static final List<Role> ROLES = List.of(
            new Role("admin", "Bookstore admins: read and add books", List.of("read:books", "write:books"), false),
            new Role("reader", "Bookstore readers: read the catalog", List.of("read:books"), true));

    private RolesStep() {
    }

    static List<Change> plan(ManagementCalls api, SetupState state) throws SetupException {
        List<Map<String, Object>> roles = api.list("/roles");
        List<Change> changes = new ArrayList<>();
        for (Role role : ROLES) {
            Optional<Map<String, Object>> existing = roles.stream()
                    .filter(candidate -> role.name().equals(candidate.get("name"))).findFirst();
            changes.add(existing.isEmpty() ? create(role) : update(role, existing.get(), api, state));
        }
        return changes;
    }

    private static Change create(Role role) {
        return new Change(Change.Action.CREATE, "role " + role.name(), "with " + String.join(", ", role.permissions())
                + (role.byDefault() ? ", given to new users" : ""), (calls, state) -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("name", role.name());
                    body.put("description", role.description());
                    body.put("type", "User");
                    body.put("scopeIds", scopeIds(role.permissions(), state));
                    body.put("isDefault", role.byDefault());
                    calls.post("/roles", body);
                });
    }

    private static Change update(Role role, Map<String, Object> existing, ManagementCalls api, SetupState state)
            throws SetupException {
        String id = (String) existing.get("id");
        List<String> granted = api.list("/roles/" + id + "/scopes").stream()
                .filter(scope -> scope.get("resourceId") == null || scope.get("resourceId").equals(state.resourceId))
                .map(scope -> (String) scope.get("name")).toList();
        List<String> missing = role.permissions().stream().filter(permission -> !granted.contains(permission)).toList();
        boolean defaultMissing = role.byDefault() && !Boolean.TRUE.equals(existing.get("isDefault"));
        if (missing.isEmpty() && !defaultMissing) {
            return Change.unchanged("role " + role.name());
        }
        List<String> what = new ArrayList<>();
        if (!missing.isEmpty()) {
            what.add("add " + String.join(", ", missing));
        }
        if (defaultMissing) {
            what.add("give it to new users");
        }
        return new Change(Change.Action.UPDATE, "role " + role.name(), String.join("; ", what), (calls, applied) -> {
            if (!missing.isEmpty()) {
                calls.post("/roles/" + id + "/scopes", Map.of("scopeIds", scopeIds(missing, applied)));
            }
            if (defaultMissing) {
                calls.patch("/roles/" + id, Map.of("isDefault", true));
            }
        });
    }

    private static List<String> scopeIds(List<String> permissions, SetupState state) throws SetupException {
        List<String> ids = new ArrayList<>();
        for (String permission : permissions) {
            String id = state.scopeIds.get(permission);
            if (id == null) {
                throw SetupException.logto("the API resource has no permission " + permission + " to give to a role");
            }
            ids.add(id);
        }
        return ids;
    }
}
