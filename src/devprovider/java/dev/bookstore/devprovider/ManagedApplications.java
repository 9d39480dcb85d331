package dev.bookstore.devprovider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /api/applications}: a Traditional web app created or changed here becomes a client of the provider, with
 * its redirect, post sign-out and back-channel logout URIs. As in Logto 1.42 the app's secret is never in the app's
 * JSON: it is under {@code /secrets} ("Default secret"); PATCH replaces {@code oidcClientMetadata} whole.
 */
final class ManagedApplications implements ManagementRoute {

    private static final List<String> TYPES = List.of("Native", "SPA", "Traditional", "MachineToMachine", "Protected");

    private final Tenant tenant;
    private final Map<String, Map<String, Object>> applications = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();

    ManagedApplications(Tenant tenant) {
        this.tenant = tenant;
    }

    @Override
    public synchronized Optional<Reply> handle(RecordedRequest request, List<String> path) {
        if (ManagementRoute.is(request, "GET", path, 1, "applications")) {
            List<Map<String, Object>> newestFirst = new ArrayList<>(applications.values());
            Collections.reverse(newestFirst);
            return Optional.of(ManagementReplies.list(request, newestFirst, true));
        }
        if (ManagementRoute.is(request, "POST", path, 1, "applications")) {
            return Optional.of(create(ManagementReplies.body(request)));
        }
        if (path.size() < 2 || !"applications".equals(path.get(0))) {
            return Optional.empty();
        }
        Map<String, Object> application = applications.get(path.get(1));
        if (application == null) {
            return Optional.of(ManagementReplies.notFound("applications", path.get(1)));
        }
        if (ManagementRoute.is(request, "GET", path, 2)) {
            return Optional.of(Reply.json(200, application));
        }
        if (ManagementRoute.is(request, "PATCH", path, 2)) {
            return Optional.of(patch(application, ManagementReplies.body(request)));
        }
        if (ManagementRoute.is(request, "GET", path, 3, null, null, "secrets")) {
            Map<String, Object> secret = new LinkedHashMap<>();
            secret.put("tenantId", "default");
            secret.put("applicationId", application.get("id"));
            secret.put("name", "Default secret");
            secret.put("value", secrets.get((String) application.get("id")));
            secret.put("createdAt", application.get("createdAt"));
            secret.put("expiresAt", null);
            return Optional.of(ManagementReplies.array(List.of(secret)));
        }
        return Optional.empty();
    }

    private Reply create(Map<String, Object> body) {
        if (body == null || !(body.get("name") instanceof String name) || name.isBlank()
                || !TYPES.contains(body.get("type")) || !validMetadata(body.get("oidcClientMetadata"))) {
            return ManagementReplies.invalidInput();
        }
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("tenantId", "default");
        application.put("id", RandomValues.standardId());
        application.put("name", name);
        application.put("description", body.get("description"));
        application.put("type", body.get("type"));
        application.put("oidcClientMetadata", body.get("oidcClientMetadata") == null
                ? Map.of("redirectUris", List.of(), "postLogoutRedirectUris", List.of()) : body.get("oidcClientMetadata"));
        application.put("customClientMetadata", Map.of());
        application.put("customData", Map.of());
        application.put("isThirdParty", false);
        application.put("createdAt", System.currentTimeMillis());
        applications.put((String) application.get("id"), application);
        secrets.put((String) application.get("id"), RandomValues.standardSecret());
        register(application);
        return Reply.json(200, application);
    }

    private Reply patch(Map<String, Object> application, Map<String, Object> body) {
        if (body == null || body.containsKey("type") || !validMetadata(body.get("oidcClientMetadata"))) {
            return ManagementReplies.invalidInput();
        }
        body.forEach((field, value) -> {
            if (List.of("name", "description", "oidcClientMetadata", "customClientMetadata").contains(field)) {
                application.put(field, value);
            }
        });
        register(application);
        return Reply.json(200, application);
    }

    /** Logto requires both URI lists inside the object, and an absolute URL as back-channel logout URI. */
    private static boolean validMetadata(Object metadata) {
        if (metadata == null) {
            return true;
        }
        if (!(metadata instanceof Map<?, ?> fields) || !(fields.get("redirectUris") instanceof List<?>)
                || !(fields.get("postLogoutRedirectUris") instanceof List<?>)) {
            return false;
        }
        try {
            return !(fields.get("backchannelLogoutUri") instanceof String uri) || BackchannelLogout.checked(uri) != null;
        } catch (IllegalArgumentException notAnUrl) {
            return false;
        }
    }

    private void register(Map<String, Object> application) {
        if (!"Traditional".equals(application.get("type"))) {
            return;
        }
        Map<?, ?> metadata = (Map<?, ?>) application.get("oidcClientMetadata");
        String id = (String) application.get("id");
        tenant.addClient(new LocalLogtoClient(id, secrets.get(id), strings(metadata.get("redirectUris")),
                strings(metadata.get("postLogoutRedirectUris"))), (String) metadata.get("backchannelLogoutUri"));
    }

    private static Set<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
