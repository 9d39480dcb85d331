package dev.bookstore.devprovider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/resources} and their scopes (permissions): each resource made here is an API resource of the
 * provider, whose tokens it issues for {@code resource=<indicator>}. The list starts with Logto's own Management
 * API, as Logto lists it.
 */
final class ManagedResources implements ManagementRoute {

    private final Tenant tenant;
    private final Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> scopes = new LinkedHashMap<>();

    ManagedResources(Tenant tenant) {
        this.tenant = tenant;
        Map<String, Object> management = resource("management-api", "Logto Management API", MachineToMachineGrant.MANAGEMENT_API);
        resources.put("management-api", management);
    }

    /** The scope with this id, with the id of its resource, for role assignments. */
    synchronized Optional<Map<String, Object>> scope(String id) {
        return Optional.ofNullable(scopes.get(id));
    }

    @Override
    public synchronized Optional<Reply> handle(RecordedRequest request, List<String> path) {
        if (ManagementRoute.is(request, "GET", path, 1, "resources")) {
            return Optional.of(ManagementReplies.list(request, new ArrayList<>(resources.values()), true));
        }
        if (ManagementRoute.is(request, "POST", path, 1, "resources")) {
            return Optional.of(create(ManagementReplies.body(request)));
        }
        if (path.size() != 3 || !"resources".equals(path.get(0)) || !"scopes".equals(path.get(2))) {
            return Optional.empty();
        }
        String resourceId = path.get(1);
        if (request.method().equals("GET")) {
            List<Map<String, Object>> ofResource = scopes.values().stream()
                    .filter(scope -> resourceId.equals(scope.get("resourceId"))).toList();
            return Optional.of(ManagementReplies.list(request, ofResource, false));
        }
        return request.method().equals("POST") ? Optional.of(addScope(resourceId, ManagementReplies.body(request)))
                : Optional.empty();
    }

    private Reply create(Map<String, Object> body) {
        if (body == null || !(body.get("name") instanceof String name) || name.isBlank()
                || !(body.get("indicator") instanceof String indicator)) {
            return ManagementReplies.invalidInput();
        }
        if (resources.values().stream().anyMatch(existing -> indicator.equals(existing.get("indicator")))) {
            return ManagementReplies.error(422, "resource.resource_identifier_in_use",
                    "The API identifier " + indicator + " is already in use");
        }
        Map<String, Object> resource = resource(RandomValues.standardId(), name, indicator);
        resources.put((String) resource.get("id"), resource);
        register(resource);
        Map<String, Object> answer = new LinkedHashMap<>(resource);
        answer.put("scopes", List.of());
        return Reply.json(201, answer);
    }

    private Reply addScope(String resourceId, Map<String, Object> body) {
        Map<String, Object> resource = resources.get(resourceId);
        if (resource == null) {
            return ManagementReplies.notFound("resources", resourceId);
        }
        if (body == null || !(body.get("name") instanceof String name) || name.isBlank()) {
            return ManagementReplies.invalidInput();
        }
        if (name.chars().anyMatch(Character::isWhitespace)) {
            return ManagementReplies.error(400, "scope.name_with_space", "The name of the scope cannot contain any spaces.");
        }
        boolean taken = scopes.values().stream()
                .anyMatch(scope -> resourceId.equals(scope.get("resourceId")) && name.equals(scope.get("name")));
        if (taken) {
            return ManagementReplies.error(422, "scope.name_exists", "The scope name " + name + " is already in use");
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("tenantId", "default");
        scope.put("id", RandomValues.standardId());
        scope.put("resourceId", resourceId);
        scope.put("name", name);
        scope.put("description", body.get("description"));
        scope.put("createdAt", System.currentTimeMillis());
        scopes.put((String) scope.get("id"), scope);
        register(resource);
        return Reply.json(201, scope);
    }

    private static Map<String, Object> resource(String id, String name, String indicator) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("tenantId", "default");
        resource.put("id", id);
        resource.put("name", name);
        resource.put("indicator", indicator);
        resource.put("isDefault", false);
        resource.put("accessTokenTtl", 3600);
        return resource;
    }

    /** The provider issues tokens for the resource with the permissions it has now. */
    private void register(Map<String, Object> resource) {
        List<String> permissions = scopes.values().stream().filter(scope -> resource.get("id").equals(scope.get("resourceId")))
                .map(scope -> (String) scope.get("name")).toList();
        tenant.addResource(new ApiResource((String) resource.get("indicator"), permissions));
    }
}
