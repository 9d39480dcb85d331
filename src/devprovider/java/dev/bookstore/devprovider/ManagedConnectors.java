package dev.bookstore.devprovider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/connectors} and the sign-in experience's social sign-in targets ({@code /api/sign-in-exp}), with
 * the two social connector factories of Logto 1.42 a Bookstore tenant uses: Kakao ({@code kakao-universal}, target
 * {@code kakao}) and the mock one. As in Logto, targets without a connector are dropped from the sign-in experience
 * silently, and PATCH replaces a connector's config whole.
 */
final class ManagedConnectors implements ManagementRoute {

    private static final Map<String, String> FACTORY_TARGETS = Map.of("kakao-universal", "kakao",
            "mock-social-connector", "mock-social");

    private final Map<String, Map<String, Object>> connectors = new LinkedHashMap<>();
    private List<String> socialTargets = List.of();

    @Override
    public synchronized Optional<Reply> handle(RecordedRequest request, List<String> path) {
        if (ManagementRoute.is(request, "GET", path, 1, "connectors")) {
            return Optional.of(ManagementReplies.array(new ArrayList<>(connectors.values())));
        }
        if (ManagementRoute.is(request, "POST", path, 1, "connectors")) {
            return Optional.of(create(ManagementReplies.body(request)));
        }
        if (ManagementRoute.is(request, "PATCH", path, 2, "connectors")) {
            Map<String, Object> connector = connectors.get(path.get(1));
            Map<String, Object> body = ManagementReplies.body(request);
            if (connector == null) {
                return Optional.of(ManagementReplies.notFound("connectors", path.get(1)));
            }
            if (body == null || !(body.get("config") instanceof Map<?, ?> config) || !(config.get("clientId") instanceof String)) {
                return Optional.of(ManagementReplies.error(400, "connector.invalid_config", "The connector's config is invalid."));
            }
            connector.put("config", config);
            return Optional.of(Reply.json(200, connector));
        }
        if (ManagementRoute.is(request, "GET", path, 1, "sign-in-exp")
                || ManagementRoute.is(request, "GET", path, 2, ".well-known", "sign-in-exp")) {
            return Optional.of(Reply.json(200, signInExperience()));
        }
        if (ManagementRoute.is(request, "PATCH", path, 1, "sign-in-exp")) {
            Map<String, Object> body = ManagementReplies.body(request);
            if (body == null) {
                return Optional.of(ManagementReplies.invalidInput());
            }
            if (body.containsKey("socialSignInConnectorTargets")) {
                socialTargets = ManagementValues.strings(body.get("socialSignInConnectorTargets")).stream()
                        .filter(target -> connectors.values().stream().anyMatch(c -> target.equals(c.get("target"))))
                        .distinct().toList();
            }
            return Optional.of(Reply.json(200, signInExperience()));
        }
        return Optional.empty();
    }

    private Reply create(Map<String, Object> body) {
        String factory = body == null ? null : (String) body.get("connectorId");
        if (factory == null || !FACTORY_TARGETS.containsKey(factory)) {
            return ManagementReplies.error(422, "connector.not_found_with_connector_id",
                    "Can not find connector with given standard connector id.");
        }
        if (body.containsKey("metadata")) {
            return ManagementReplies.error(400, "connector.cannot_overwrite_metadata_for_non_standard_connector",
                    "This connector's 'metadata' cannot be overwritten.");
        }
        if (connectors.values().stream().anyMatch(existing -> factory.equals(existing.get("connectorId")))) {
            return ManagementReplies.error(422, "connector.multiple_instances_not_supported",
                    "Multiple instances are not supported for the selected social connector.");
        }
        if (!(body.get("config") instanceof Map<?, ?> config) || !(config.get("clientId") instanceof String)) {
            return ManagementReplies.error(400, "connector.invalid_config", "The connector's config is invalid.");
        }
        Map<String, Object> connector = new LinkedHashMap<>();
        connector.put("type", "Social");
        connector.put("id", RandomValues.shortId());
        connector.put("connectorId", factory);
        connector.put("target", FACTORY_TARGETS.get(factory));
        connector.put("platform", "Universal");
        connector.put("metadata", Map.of());
        connector.put("config", config);
        connectors.put((String) connector.get("id"), connector);
        return Reply.json(200, connector);
    }

    private Map<String, Object> signInExperience() {
        Map<String, Object> experience = new LinkedHashMap<>();
        experience.put("tenantId", "default");
        experience.put("id", "default");
        experience.put("socialSignInConnectorTargets", socialTargets);
        return experience;
    }
}
