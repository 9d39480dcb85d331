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
