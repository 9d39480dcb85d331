package dev.bookstore.tenantsetup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A tenant as JSON lists by path, and the writes made to it, in order. */
final class RecordingTenant implements ManagementCalls {

    final Map<String, List<Map<String, Object>>> lists = new HashMap<>();
    Map<String, Object> signInExperience = Map.of("socialSignInConnectorTargets", List.of());
    final List<String> writes = new ArrayList<>();
    String failingPath;

    /** Everything the Bookstore needs but its app: what a run finds the second time, with Logto's list shapes. */
    void completeButTheApp() {
        lists.put("/resources", List.of(Map.of("id", "res-1", "indicator", "https://api.bookstore.example")));
        lists.put("/resources/res-1/scopes", List.of(Map.of("id", "sc-r", "name", "read:books"),
                Map.of("id", "sc-w", "name", "write:books")));
        lists.put("/roles", List.of(Map.of("id", "role-a", "name", "admin", "isDefault", false),
                Map.of("id", "role-r", "name", "reader", "isDefault", true)));
        lists.put("/roles/role-a/scopes", List.of(Map.of("name", "read:books", "resourceId", "res-1"),
                Map.of("name", "write:books", "resourceId", "res-1")));
        lists.put("/roles/role-r/scopes", List.of(Map.of("name", "read:books", "resourceId", "res-1")));
        lists.put("/organization-scopes", List.of(Map.of("id", "os-m", "name", "manage:club-shelf")));
        lists.put("/organization-roles", List.of(
                Map.of("id", "or-o", "name", "organizer", "scopes", List.of(Map.of("id", "os-m", "name", "manage:club-shelf"))),
                Map.of("id", "or-m", "name", "member", "scopes", List.of())));
        lists.put("/hooks", List.of(Map.of("id", "hook-1", "config", Map.of("url", "https://books.example.com/logto-webhook"),
                "events", WebhookStep.EVENTS, "signingKey", "k")));
    }

    @Override
    public List<Map<String, Object>> list(String path) {
        return lists.getOrDefault(path, List.of());
    }

    @Override
    public List<Map<String, Object>> listWhole(String path) {
        return list(path);
    }

    @Override
    public Map<String, Object> get(String path) {
        return signInExperience;
    }

    @Override
    public Map<String, Object> post(String path, Map<String, Object> body) throws SetupException {
        if (path.equals(failingPath)) {
            throw SetupException.logto("POST /api" + path + " failed: HTTP 500");
        }
        writes.add("POST " + path + " " + new TreeMap<>(body));
        return Map.of("id", "new-" + writes.size());
    }

    @Override
    public Map<String, Object> patch(String path, Map<String, Object> body) {
        writes.add("PATCH " + path + " " + new TreeMap<>(body));
        return body;
    }
}
