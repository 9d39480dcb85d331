package dev.bookstore.tenantsetup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Logto's Kakao connector (factory {@code kakao-universal}, target {@code kakao}) and its place among the sign-in
 * experience's social sign-in targets. With the Kakao app's REST API key the connector is made or updated; without
 * it, the plan only says what the tenant has.
 */
final class KakaoStep {

    static final String FACTORY_ID = "kakao-universal";

    private KakaoStep() {
    }

    static Change connector(SetupInputs inputs, ManagementCalls api, SetupState state) throws SetupException {
        Optional<Map<String, Object>> existing = api.listWhole("/connectors").stream()
                .filter(connector -> FACTORY_ID.equals(connector.get("connectorId"))
                        || inputs.kakaoTarget().equals(connector.get("target")))
                .findFirst();
        state.kakaoConnectorPresent = existing.isPresent() || inputs.kakaoRestApiKey() != null;
        String item = "Kakao connector";
        if (inputs.kakaoRestApiKey() == null) {
            return Change.check(item, existing.isPresent() ? "present (" + existing.get().get("id") + ")"
                    : "none; set KAKAO_REST_API_KEY (and KAKAO_CLIENT_SECRET if Kakao requires it) to have it made");
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("clientId", inputs.kakaoRestApiKey());
        if (inputs.kakaoClientSecret() != null) {
            config.put("clientSecret", inputs.kakaoClientSecret());
        }
        if (existing.isEmpty()) {
            return new Change(Change.Action.CREATE, item, FACTORY_ID + " with the given REST API key",
                    (calls, created) -> calls.post("/connectors", Map.of("connectorId", FACTORY_ID, "config", config)));
        }
        String id = (String) existing.get().get("id");
        Map<String, Object> current = existing.get().get("config") instanceof Map<?, ?> found ? cast(found) : Map.of();
        List<String> differing = new ArrayList<>();
        config.forEach((key, value) -> {
            if (!Objects.equals(current.get(key), value)) {
                differing.add(key);
            }
        });
        if (differing.isEmpty()) {
            return Change.unchanged(item + " (" + id + ")");
        }
        Map<String, Object> merged = new LinkedHashMap<>(current);
        merged.putAll(config);
        return new Change(Change.Action.UPDATE, item + " (" + id + ")", String.join(", ", differing),
                (calls, found) -> calls.patch("/connectors/" + id, Map.of("config", merged)));
    }

    /** The connector's target among the sign-in experience's social sign-in targets, once there is a connector. */
    static Change signInExperience(SetupInputs inputs, ManagementCalls api, SetupState state) throws SetupException {
        List<String> targets = ApplicationStep.strings(api.get("/sign-in-exp").get("socialSignInConnectorTargets"));
        String item = "sign-in experience, social sign-in with " + inputs.kakaoTarget();
        if (targets.contains(inputs.kakaoTarget())) {
            return Change.unchanged(item);
        }
        if (!state.kakaoConnectorPresent) {
            return Change.check(item, "not enabled; it needs the Kakao connector first");
        }
        List<String> wanted = new ArrayList<>(targets);
        wanted.add(inputs.kakaoTarget());
        return new Change(Change.Action.UPDATE, item, "enable it", (calls, found) -> {
            Map<String, Object> saved = calls.patch("/sign-in-exp", Map.of("socialSignInConnectorTargets", wanted));
            // Logto drops a target without a social connector silently: believe only what it kept.
            if (!ApplicationStep.strings(saved.get("socialSignInConnectorTargets")).contains(inputs.kakaoTarget())) {
                throw SetupException.logto("Logto did not enable " + inputs.kakaoTarget() + " for social sign-in: it has no"
                        + " social connector with that target (LOGTO_KAKAO_TARGET)");
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
