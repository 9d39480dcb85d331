package dev.bookstore.devprovider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's organization template, as Logto keeps it for all its organizations: organization permissions
 * (Logto's "organization scopes") and organization roles, each granting some of them. The demo tenant has the
 * book clubs' template; an empty tenant starts without one, for the set-up command to create.
 */
public final class OrganizationTemplate {

    /** The permission to add books to a club's shelf and take them off. */
    public static final String MANAGE_CLUB_SHELF = "manage:club-shelf";
    public static final String ORGANIZER = "organizer";
    public static final String MEMBER = "member";

    /** A role of the template: its Logto id, name and the permissions (scope names) it grants. */
    record Role(String id, String name, String description, List<String> scopes) {
        Role {
            scopes = List.copyOf(scopes);
        }
    }

    /** A permission of the template: its Logto id, name and description. */
    record Scope(String id, String name, String description) {
    }

    private final Map<String, Scope> scopes = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();

    static OrganizationTemplate empty() {
        return new OrganizationTemplate();
    }

    /** The book clubs' template: an organizer manages the club's shelf, a member reads it. */
    static OrganizationTemplate bookClubs() {
        OrganizationTemplate template = new OrganizationTemplate();
        Scope manage = template.addScope(MANAGE_CLUB_SHELF, "Add books to the club's shelf and take them off");
        template.addRole(ORGANIZER, "Runs the book club and its shelf", List.of(manage.id()));
        template.addRole(MEMBER, "Reads the club's shelf", List.of());
        return template;
    }

    synchronized Scope addScope(String name, String description) {
        Scope scope = new Scope("orgscope-" + name.replaceAll("[^a-z0-9]", "-"), name, description);
        scopes.put(scope.id(), scope);
        return scope;
    }

    /** @param scopeIds ids of this template's scopes; unknown ids are left out */
    synchronized Role addRole(String name, String description, List<String> scopeIds) {
        Role role = new Role("orgrole-" + name.replaceAll("[^a-z0-9]", "-"), name, description,
                scopeIds.stream().filter(scopes::containsKey).map(id -> scopes.get(id).name()).toList());
        roles.put(role.id(), role);
        return role;
    }

    synchronized void grant(String roleId, List<String> scopeIds) {
        Role role = roles.get(roleId);
        List<String> granted = new java.util.ArrayList<>(role.scopes());
        scopeIds.stream().filter(scopes::containsKey).map(id -> scopes.get(id).name())
                .filter(name -> !granted.contains(name)).forEach(granted::add);
        roles.put(roleId, new Role(role.id(), role.name(), role.description(), granted));
    }

    synchronized List<Scope> scopes() {
        return List.copyOf(scopes.values());
    }

    synchronized List<Role> roles() {
        return List.copyOf(roles.values());
    }

    synchronized Optional<Role> role(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    /** The permissions a member holding these roles has in an organization. */
    synchronized List<String> scopesOf(List<String> roleNames) {
        return roles.values().stream().filter(role -> roleNames.contains(role.name()))
                .flatMap(role -> role.scopes().stream()).distinct().toList();
    }
}
