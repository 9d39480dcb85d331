package dev.bookstore.devprovider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /api/roles} and the permissions they grant. The demo users' roles in their tokens stay fixed (admin,
 * reader); these records are the tenant's, as the Console shows them, starting with Logto's seeded
 * machine-to-machine role "Logto Management API access".
 */
final class ManagedRoles implements ManagementRoute {

    private final ManagedResources resources;
    private final Map<String, Map<String, Object>> roles = new LinkedHashMap<>();
    private final Map<String, Set<String>> roleScopes = new LinkedHashMap<>();

    ManagedRoles(ManagedResources resources) {
        this.resources = resources;
        Map<String, Object> management = role("management-api-access", "Logto Management API access",
                "This default role grants access to the Logto management API.", "MachineToMachine", false);
        roles.put("management-api-access", management);
        roleScopes.put("management-api-access", new LinkedHashSet<>());
    }

    @Override
    public synchronized Optional<Reply> handle(RecordedRequest request, List<String> path) {
        if (ManagementRoute.is(request, "GET", path, 1, "roles")) {
            return Optional.of(ManagementReplies.list(request, new ArrayList<>(roles.values()), false));
        }
        if (ManagementRoute.is(request, "POST", path, 1, "roles")) {
            return Optional.of(create(ManagementReplies.body(request)));
        }
        if (path.size() < 2 || !"roles".equals(path.get(0))) {
            return Optional.empty();
        }
        Map<String, Object> role = roles.get(path.get(1));
        if (role == null) {
            return Optional.of(ManagementReplies.notFound("roles", path.get(1)));
        }
        if (ManagementRoute.is(request, "PATCH", path, 2)) {
            Map<String, Object> body = ManagementReplies.body(request);
            if (body == null) {
                return Optional.of(ManagementReplies.invalidInput());
            }
            List.of("name", "description", "isDefault").forEach(field -> {
                if (body.containsKey(field)) {
                    role.put(field, body.get(field));
                }
            });
            return Optional.of(Reply.json(200, role));
        }
        if (ManagementRoute.is(request, "GET", path, 3, null, null, "scopes")) {
            return Optional.of(ManagementReplies.list(request, scopesOf(path.get(1)), true));
        }
        if (ManagementRoute.is(request, "POST", path, 3, null, null, "scopes")) {
            Map<String, Object> body = ManagementReplies.body(request);
            List<String> ids = body == null ? List.of() : ManagementValues.strings(body.get("scopeIds"));
            Optional<Reply> refused = assignable(path.get(1), ids);
            if (refused.isPresent()) {
                return refused;
            }
            roleScopes.get(path.get(1)).addAll(ids);
            return Optional.of(ManagementReplies.array(scopesOf(path.get(1))).withStatus(201));
        }
        return Optional.empty();
    }

    private Reply create(Map<String, Object> body) {
        if (body == null || !(body.get("name") instanceof String name) || name.isBlank()
                || !(body.get("description") instanceof String description) || description.isBlank()) {
            return ManagementReplies.invalidInput();
        }
        if (roles.values().stream().anyMatch(existing -> name.equals(existing.get("name")))) {
            return ManagementReplies.error(422, "role.name_in_use", "This role name " + name + " is already in use");
        }
        Map<String, Object> role = role(RandomValues.standardId(), name, description,
                body.get("type") instanceof String type ? type : "User", Boolean.TRUE.equals(body.get("isDefault")));
        String id = (String) role.get("id");
        roles.put(id, role);
        roleScopes.put(id, new LinkedHashSet<>());
        List<String> ids = ManagementValues.strings(body.get("scopeIds"));
        Optional<Reply> refused = assignable(id, ids);
        if (refused.isPresent()) {
            return refused.get(); // as in Logto 1.42, the role stays created
        }
        roleScopes.get(id).addAll(ids);
        return Reply.json(200, role);
    }

    private Optional<Reply> assignable(String roleId, List<String> scopeIds) {
        for (String scopeId : scopeIds) {
            if (resources.scope(scopeId).isEmpty()) {
                return Optional.of(ManagementReplies.notFound("scopes", scopeId));
            }
            if (roleScopes.get(roleId).contains(scopeId)) {
                return Optional.of(ManagementReplies.error(422, "role.scope_exists",
                        "The scope id " + scopeId + " has already been added to this role"));
            }
        }
        return Optional.empty();
    }

    private List<Map<String, Object>> scopesOf(String roleId) {
        return roleScopes.get(roleId).stream().map(resources::scope).flatMap(Optional::stream).toList();
    }

    private static Map<String, Object> role(String id, String name, String description, String type, boolean isDefault) {
        Map<String, Object> role = new LinkedHashMap<>();
        role.put("tenantId", "default");
        role.put("id", id);
        role.put("name", name);
        role.put("description", description);
        role.put("type", type);
        role.put("isDefault", isDefault);
        return role;
    }
}
