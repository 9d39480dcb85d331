package dev.bookstore.tenantsetup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Bookstore's Traditional web application: its redirect and post sign-out URIs for every base URL, and the
 * back-channel logout URI (of the first base URL; Logto has one per app) with "session required". URIs ops added
 * themselves are kept. The app is found by a redirect URI of ours, else by its name.
 */
final class ApplicationStep {

    private ApplicationStep() {
    }

    static Change plan(SetupInputs inputs, ManagementCalls api, SetupState state) throws SetupException {
        List<String> callbacks = inputs.baseUrls().stream().map(base -> base + "/callback").toList();
        List<String> signedOut = inputs.baseUrls().stream().map(base -> base + "/").toList();
        String backchannel = inputs.baseUrls().get(0) + "/backchannel-logout";
        Optional<Map<String, Object>> existing = api.list("/applications").stream()
                .filter(app -> "Traditional".equals(app.get("type")))
                .filter(app -> strings(metadata(app).get("redirectUris")).stream().anyMatch(callbacks::contains)
                        || inputs.appName().equals(app.get("name")))
                .findFirst();
        String item = "application '" + inputs.appName() + "'";
        if (existing.isEmpty()) {
            Map<String, Object> metadata = metadata(callbacks, signedOut, backchannel);
            return new Change(Change.Action.CREATE, item, "Traditional web; redirect URIs " + callbacks
                    + ", back-channel logout " + backchannel, (calls, created) -> {
                        Map<String, Object> app = calls.post("/applications", Map.of("name", inputs.appName(),
                                "type", "Traditional", "description", "The Bookstore (set up by logto-setup)",
                                "oidcClientMetadata", metadata));
                        created.applicationId = (String) app.get("id");
                    });
        }
        Map<String, Object> app = existing.get();
        state.applicationId = (String) app.get("id");
        Map<String, Object> current = metadata(app);
        Map<String, Object> wanted = new LinkedHashMap<>(current);
        wanted.putAll(metadata(union(current.get("redirectUris"), callbacks), union(current.get("postLogoutRedirectUris"),
                signedOut), backchannel));
        List<String> differing = new ArrayList<>();
        for (String field : List.of("redirectUris", "postLogoutRedirectUris", "backchannelLogoutUri",
                "backchannelLogoutSessionRequired")) {
            if (!Objects.equals(normalized(current.get(field)), normalized(wanted.get(field)))) {
                differing.add(field);
            }
        }
        if (differing.isEmpty()) {
            return Change.unchanged(item + " (" + state.applicationId + ")");
        }
        return new Change(Change.Action.UPDATE, item + " (" + state.applicationId + ")", String.join(", ", differing),
                (calls, found) -> calls.patch("/applications/" + found.applicationId, Map.of("oidcClientMetadata", wanted)));
    }

    /** After the plan ran: the app's secret (Logto 1.42 keeps it apart from the app, under /secrets). */
    static void readSecret(ManagementCalls api, SetupState state) throws SetupException {
        state.applicationSecret = api.listWhole("/applications/" + state.applicationId + "/secrets").stream()
                .filter(secret -> secret.get("expiresAt") == null
                        || ((Number) secret.get("expiresAt")).longValue() > System.currentTimeMillis())
                .map(secret -> (String) secret.get("value")).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> SetupException.logto("application " + state.applicationId + " has no usable secret:"
                        + " add one in the Logto Console (Applications > the app > App secrets), then run again"));
    }

    private static Map<String, Object> metadata(List<String> callbacks, List<String> signedOut, String backchannel) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("redirectUris", callbacks);
        metadata.put("postLogoutRedirectUris", signedOut);
        metadata.put("backchannelLogoutUri", backchannel);
        metadata.put("backchannelLogoutSessionRequired", true);
        return metadata;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> app) {
        return app.get("oidcClientMetadata") instanceof Map<?, ?> metadata ? (Map<String, Object>) metadata : Map.of();
    }

    private static List<String> union(Object existing, List<String> ours) {
        Set<String> all = new LinkedHashSet<>(strings(existing));
        all.addAll(ours);
        return List.copyOf(all);
    }

    static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static Object normalized(Object value) {
        return value instanceof List<?> list ? Set.copyOf(list.stream().map(String::valueOf).toList()) : value;
    }
}
