package dev.bookstore.devprovider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/organization-scopes} and {@code /api/organization-roles} with their {@code /scopes}: the tenant's
 * {@link OrganizationTemplate}, answered and announced (OrganizationScope.Created, OrganizationRole.Created,
 * OrganizationRole.Scopes.Updated) as Logto 1.42 does. Organization roles here grant no API resource permissions:
 * a {@code resourceScopeIds} names ids this tenant does not know, as Logto answers an unknown one.
 */
final class ManagedOrganizationTemplate implements ManagementRoute {

    private static final String SCOPES = "organization-scopes";
    private static final String ROLES = "organization-roles";

    private final OrganizationTemplate template;
    private final Webhooks webhooks;

    ManagedOrganizationTemplate(OrganizationTemplate template, Webhooks webhooks) {
        this.template = template;
        this.webhooks = webhooks;
    }

    @Override
    public Optional<Reply> handle(RecordedRequest request, List<String> path) {
        if (ManagementRoute.is(request, "GET", path, 1, SCOPES)) {
            return Optional.of(ManagementReplies.list(request, OrganizationTemplateJson.found(request,
                    template.scopes().stream().map(OrganizationTemplateJson::scope).toList(), "name"), true));
        }
        if (ManagementRoute.is(request, "POST", path, 1, SCOPES)) {
            return Optional.of(createScope(ManagementReplies.body(request)));
        }
        if (ManagementRoute.is(request, "GET", path, 1, ROLES)) {
            List<Map<String, Object>> roles = template.roles().stream()
                    .map(role -> OrganizationTemplateJson.roleWithScopes(role, template.scopesGrantedBy(role))).toList();
            return Optional.of(ManagementReplies.list(request,
                    OrganizationTemplateJson.found(request, roles, "id", "name", "description"), false));
        }
        if (ManagementRoute.is(request, "POST", path, 1, ROLES)) {
            return Optional.of(createRole(ManagementReplies.body(request)));
        }
        if (ManagementRoute.is(request, "GET", path, 3, ROLES, null, "scopes")) {
            return Optional.of(template.role(path.get(1)).map(role -> ManagementReplies.list(request,
                            template.scopesGrantedBy(role).stream().map(OrganizationTemplateJson::scope).toList(), true))
                    .orElseGet(() -> ManagementReplies.notFound("organization_roles", path.get(1))));
        }
        if (ManagementRoute.is(request, "POST", path, 3, ROLES, null, "scopes")) {
            return Optional.of(grant(path.get(1), ManagementReplies.body(request)));
        }
        return Optional.empty();
    }

    private Reply createScope(Map<String, Object> body) {
        if (!OrganizationTemplateJson.named(body)) {
            return ManagementReplies.invalidInput();
        }
        Optional<OrganizationTemplate.Scope> scope = template.addScope((String) body.get("name"), (String) body.get("description"));
        if (scope.isEmpty()) {
            return duplicate();
        }
        Map<String, Object> created = OrganizationTemplateJson.scope(scope.get());
        webhooks.organizationTemplateCreated("OrganizationScope.Created", "/" + SCOPES, created);
        return Reply.json(201, created);
    }

    /** As Logto 1.42: the role is made first, so it stays when a permission id is unknown (422). */
    private Reply createRole(Map<String, Object> body) {
        Object type = body == null ? null : body.getOrDefault("type", "User");
        List<String> scopeIds = body == null ? List.of() : ManagementValues.strings(body.get("organizationScopeIds"));
        if (!OrganizationTemplateJson.named(body) || !("User".equals(type) || "MachineToMachine".equals(type))) {
            return ManagementReplies.invalidInput();
        }
        Optional<OrganizationTemplate.Role> role = template.addRole((String) body.get("name"),
                (String) body.get("description"), (String) type);
        if (role.isEmpty()) {
            return duplicate();
        }
        String id = role.get().id();
        if (!ManagementValues.strings(body.get("resourceScopeIds")).isEmpty()
                || !scopeIds.isEmpty() && !template.grant(id, scopeIds)) {
            return foreignKeyNotFound();
        }
        if (!scopeIds.isEmpty()) {
            webhooks.organizationRoleCreatedWithScopes(id);
        }
        Map<String, Object> created = OrganizationTemplateJson.role(role.get());
        webhooks.organizationTemplateCreated("OrganizationRole.Created", "/" + ROLES, created);
        return Reply.json(201, created);
    }

    /** Logto's relation insert: all or nothing, granting twice is no error, and the answer has no body. */
    private Reply grant(String roleId, Map<String, Object> body) {
        List<String> scopeIds = body == null ? List.of() : ManagementValues.strings(body.get("organizationScopeIds"));
        if (scopeIds.isEmpty() || scopeIds.stream().anyMatch(String::isEmpty)) {
            return ManagementReplies.invalidInput();
        }
        if (!template.grant(roleId, scopeIds)) {
            return foreignKeyNotFound();
        }
        webhooks.organizationRoleScopesAdded(roleId);
        return Reply.empty(201);
    }

    private static Reply duplicate() {
        return ManagementReplies.error(422, "entity.unique_integrity_violation",
                "The entity already exists. Please check the input and try again.");
    }

    private static Reply foreignKeyNotFound() {
        return ManagementReplies.error(422, "entity.relation_foreign_key_not_found", "Cannot find one or more foreign keys."
                + " Please check the input and ensure that all referenced entities exist.");
    }
}
