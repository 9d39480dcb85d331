package dev.bookstore.devprovider;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Logto's organization claims, each released only with its {@code urn:logto:scope:*} scope. */
final class OrganizationClaims {

    static final String ORGANIZATIONS_SCOPE = "urn:logto:scope:organizations";
    static final String ORGANIZATION_ROLES_SCOPE = "urn:logto:scope:organization_roles";

    private OrganizationClaims() {
    }

    /** {@code organizations} (ids) and {@code organization_roles} ({@code "<orgId>:<role>"}), as in the ID token. */
    static void addTo(Map<String, Object> claims, DemoUser user, Collection<String> scopes) {
        if (scopes.contains(ORGANIZATIONS_SCOPE)) {
            claims.put("organizations", user.memberships().stream()
                    .map(membership -> membership.organization().id()).toList());
        }
        if (scopes.contains(ORGANIZATION_ROLES_SCOPE)) {
            claims.put("organization_roles", user.memberships().stream().flatMap(membership -> membership.roles().stream()
                    .map(role -> membership.organization().id() + ":" + role)).toList());
        }
    }

    /** {@code organization_data}: Logto serves the organizations' details only at the userinfo endpoint. */
    static void addUserinfoOnlyTo(Map<String, Object> claims, DemoUser user, Collection<String> scopes) {
        if (scopes.contains(ORGANIZATIONS_SCOPE)) {
            claims.put("organization_data", user.memberships().stream()
                    .map(membership -> data(membership.organization())).toList());
        }
    }

    private static Map<String, Object> data(DemoOrganization organization) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", organization.id());
        data.put("name", organization.name());
        data.put("description", organization.description());
        return data;
    }
}
