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
 * themselves are kept. Which app is the Bookstore's is {@link ApplicationChoice}'s to say.
 */
final class ApplicationStep {

    private ApplicationStep() {
    }

    /** @return the app's change, after a check line saying why this app when others matched too */
    static List<Change> plan(SetupInputs inputs, ManagementCalls api, SetupState state) throws SetupException {
        List<String> callbacks = inputs.baseUrls().stream().map(base -> base + "/callback").toList();
        List<String> signedOut = inputs.baseUrls().stream().map(base -> base + "/").toList();
        String backchannel = inputs.baseUrls().get(0) + "/backchannel-logout";
        Optional<ApplicationChoice> existing = ApplicationChoice.among(api.list("/applications"), inputs, callbacks);
        if (existing.isEmpty()) {
            Map<String, Object> metadata = metadata(callbacks, signedOut, backchannel);
            return List.of(new Change(Change.Action.CREATE, "application '" + inputs.appName() + "'",
                    "Traditional web; redirect URIs " + callbacks + ", back-channel logout " + backchannel, (calls, created) -> {
                        Map<String, Object> app = calls.post("/applications", Map.of("name", inputs.appName(),
                                "type", "Traditional", "description", "The Bookstore (set up by logto-setup)",
                                "oidcClientMetadata", metadata));
                        created.applicationId = (String) app.get("id");
                    }));
        }
        ApplicationChoice chosen = existing.get();
        state.applicationId = chosen.id();
        String item = "application '" + chosen.name() + "' (" + chosen.id() + ")";
        Map<String, Object> current = metadata(chosen.app());
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
        Change change = differing.isEmpty() ? Change.unchanged(item)
                : new Change(Change.Action.UPDATE, item, String.join(", ", differing), (calls, found) ->
                        calls.patch("/applications/" + found.applicationId, Map.of("oidcClientMetadata", wanted)));
        return chosen.note().isEmpty() ? List.of(change) : List.of(Change.check(item, chosen.note()), change);
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

    static List<String> redirectUris(Map<String, Object> app) {
        return strings(metadata(app).get("redirectUris"));
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
