package dev.bookstore.devprovider;

import java.util.List;

/** The organization scopes (permissions) each organization role of the demo tenant grants. */
final class OrganizationRoleScopes {

    static final String EDIT_CATALOG = "edit:catalog";

    private OrganizationRoleScopes() {
    }

    static List<String> of(String role) {
        return role.equals("editor") ? List.of(EDIT_CATALOG) : List.of();
    }
}
