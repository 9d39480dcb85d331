package dev.bookstore.devprovider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's organization template, as Logto keeps it for all its organizations: organization permissions
 * (Logto's "organization scopes") and organization roles, each granting some of them; names are unique, ids are
 * Logto's. The demo tenant has the book clubs' template; an empty tenant starts without one, for the set-up command
 * to create through {@link ManagedOrganizationTemplate}.
 */
public final class OrganizationTemplate {

    /** The permission to add books to a club's shelf and take them off. */
    public static final String MANAGE_CLUB_SHELF = "manage:club-shelf";
    public static final String ORGANIZER = "organizer";
    public static final String MEMBER = "member";

    /** A role of the template: its Logto id, name, type (User or MachineToMachine) and the permissions it grants. */
    record Role(String id, String name, String description, String type, List<String> scopes) {
        Role {
            scopes = List.copyOf(scopes);
        }
    }

    /** A permission of the template: its Logto id, name and description (maybe null). */
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
        Scope manage = template.addScope(MANAGE_CLUB_SHELF, "Add books to the club's shelf and take them off").orElseThrow();
        Role organizer = template.addRole(ORGANIZER, "Runs the book club and its shelf", "User").orElseThrow();
        template.grant(organizer.id(), List.of(manage.id()));
        template.addRole(MEMBER, "Reads the club's shelf", "User").orElseThrow();
        return template;
    }

    /** @return the new scope, or empty when the name is taken (Logto: unique per tenant) */
    synchronized Optional<Scope> addScope(String name, String description) {
        if (scopes.values().stream().anyMatch(scope -> scope.name().equals(name))) {
            return Optional.empty();
        }
        Scope scope = new Scope(RandomValues.standardId(), name, description);
        scopes.put(scope.id(), scope);
        return Optional.of(scope);
    }

    /** @return the new role, granting nothing yet, or empty when the name is taken */
    synchronized Optional<Role> addRole(String name, String description, String type) {
        if (roles.values().stream().anyMatch(role -> role.name().equals(name))) {
            return Optional.empty();
        }
        Role role = new Role(RandomValues.standardId(), name, description, type, List.of());
        roles.put(role.id(), role);
        return Optional.of(role);
    }

    /**
     * Adds the permissions to the role, keeping what it has (granting twice changes nothing, as Logto's insert).
     * @return false, changing nothing, when the role or one of the scopes does not exist
     */
    synchronized boolean grant(String roleId, List<String> scopeIds) {
        Role role = roles.get(roleId);
        if (role == null || !scopes.keySet().containsAll(scopeIds)) {
            return false;
        }
        List<String> granted = new ArrayList<>(role.scopes());
        scopeIds.stream().map(id -> scopes.get(id).name()).filter(name -> !granted.contains(name)).forEach(granted::add);
        roles.put(roleId, new Role(role.id(), role.name(), role.description(), role.type(), granted));
        return true;
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

    /** The role's permissions as scopes, in the order granted. */
    synchronized List<Scope> scopesGrantedBy(Role role) {
        return role.scopes().stream().flatMap(name -> scopes.values().stream().filter(scope -> scope.name().equals(name)))
                .toList();
    }

    /** The permissions a member holding these roles has in an organization. */
    synchronized List<String> scopesOf(List<String> roleNames) {
        return roles.values().stream().filter(role -> roleNames.contains(role.name()))
                .flatMap(role -> role.scopes().stream()).distinct().toList();
    }
}
