package dev.bookstore.devprovider;

/** A user's membership in an organization, with the organization role Logto assigned there. */
public record OrganizationMembership(DemoOrganization organization, String role) {
}
