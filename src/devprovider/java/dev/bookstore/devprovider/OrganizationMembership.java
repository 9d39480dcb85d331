package dev.bookstore.devprovider;

import java.util.List;

/** A user's membership in an organization, with the organization roles Logto assigned there (maybe none). */
public record OrganizationMembership(DemoOrganization organization, List<String> roles) {

    public OrganizationMembership {
        roles = List.copyOf(roles);
    }

    public OrganizationMembership(DemoOrganization organization, String role) {
        this(organization, List.of(role));
    }

    OrganizationMembership without(String role) {
        return new OrganizationMembership(organization, roles.stream().filter(held -> !held.equals(role)).toList());
    }
}
