package dev.bookstore.devprovider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The organization template's entities in Logto 1.42's JSON, and the checks of its request bodies and searches. */
final class OrganizationTemplateJson {

    private OrganizationTemplateJson() {
    }

    /** {@code OrganizationScope}: tenantId, id, name, description. */
    static Map<String, Object> scope(OrganizationTemplate.Scope scope) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tenantId", "default");
        json.put("id", scope.id());
        json.put("name", scope.name());
        json.put("description", scope.description());
        return json;
    }

    /** {@code OrganizationRole}: tenantId, id, name, description, type. */
    static Map<String, Object> role(OrganizationTemplate.Role role) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tenantId", "default");
        json.put("id", role.id());
        json.put("name", role.name());
        json.put("description", role.description());
        json.put("type", role.type());
        return json;
    }

    /** As {@code GET /organization-roles} lists it: with its permissions' ids and names, and its resource scopes. */
    static Map<String, Object> roleWithScopes(OrganizationTemplate.Role role, List<OrganizationTemplate.Scope> scopes) {
        Map<String, Object> json = role(role);
        json.put("scopes", scopes.stream().map(scope -> Map.of("id", scope.id(), "name", scope.name())).toList());
        json.put("resourceScopes", List.of());
        return json;
    }

    /** A body with a {@code name} of 1 to 128 characters and, if any, a {@code description} of at most 256. */
    static boolean named(Map<String, Object> body) {
        return body != null && body.get("name") instanceof String name && !name.isEmpty() && name.length() <= 128
                && (body.get("description") == null || body.get("description") instanceof String description
                && description.length() <= 256);
    }

    /** The items whose fields contain {@code q}, ignoring case, as Logto's {@code ilike '%q%'}; all without {@code q}. */
    static List<Map<String, Object>> found(RecordedRequest request, List<Map<String, Object>> items, String... fields) {
        String q = request.parameter("q");
        if (q == null || q.isEmpty()) {
            return items;
        }
        String keyword = q.toLowerCase(Locale.ROOT);
        return items.stream().filter(item -> List.of(fields).stream().map(item::get)
                .anyMatch(value -> value instanceof String text && text.toLowerCase(Locale.ROOT).contains(keyword))).toList();
    }
}
