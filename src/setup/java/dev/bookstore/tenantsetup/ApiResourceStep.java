package dev.bookstore.tenantsetup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The API resource {@code BOOKSTORE_API_RESOURCE} and its permissions read:books and write:books. */
final class ApiResourceStep {

    /** permission → description shown in the Console and on consent screens */
    static final Map<String, String> PERMISSIONS = permissions();

    private ApiResourceStep() {
    }

    static Change plan(SetupInputs inputs, ManagementCalls api, SetupState state) throws SetupException {
        String item = "API resource " + inputs.apiResource();
        Optional<Map<String, Object>> existing = api.list("/resources").stream()
                .filter(resource -> inputs.apiResource().equals(resource.get("indicator"))).findFirst();
        if (existing.isEmpty()) {
            return new Change(Change.Action.CREATE, item, "with permissions " + String.join(", ", PERMISSIONS.keySet()),
                    (calls, created) -> {
                        Map<String, Object> resource = calls.post("/resources",
                                Map.of("name", "Bookstore API", "indicator", inputs.apiResource()));
                        created.resourceId = (String) resource.get("id");
                        addPermissions(calls, created, List.copyOf(PERMISSIONS.keySet()));
                    });
        }
        state.resourceId = (String) existing.get().get("id");
        for (Map<String, Object> scope : api.list("/resources/" + state.resourceId + "/scopes")) {
            state.scopeIds.put((String) scope.get("name"), (String) scope.get("id"));
        }
        List<String> missing = new ArrayList<>(PERMISSIONS.keySet());
        missing.removeAll(state.scopeIds.keySet());
        if (missing.isEmpty()) {
            return Change.unchanged(item);
        }
        return new Change(Change.Action.UPDATE, item, "add permissions " + String.join(", ", missing),
                (calls, found) -> addPermissions(calls, found, missing));
    }

    private static void addPermissions(ManagementCalls api, SetupState state, List<String> names) throws SetupException {
        for (String name : names) {
            Map<String, Object> scope = api.post("/resources/" + state.resourceId + "/scopes",
                    Map.of("name", name, "description", PERMISSIONS.get(name)));
            state.scopeIds.put(name, (String) scope.get("id"));
        }
    }

    private static Map<String, String> permissions() {
        Map<String, String> permissions = new LinkedHashMap<>();
        permissions.put("read:books", "Read the Bookstore's catalog");
        permissions.put("write:books", "Add books to the Bookstore's catalog");
        return Collections.unmodifiableMap(permissions);
    }
}
