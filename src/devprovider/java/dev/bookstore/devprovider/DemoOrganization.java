package dev.bookstore.devprovider;

/** A Logto organization the demo users can belong to. */
public record DemoOrganization(String id, String name, String description) {
}
