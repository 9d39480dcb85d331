package dev.bookstore.profile.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A Logto organization the user belongs to; the name is known only when userinfo tells it. {@code roles}: the user's
 * organization roles there (the {@code organization_roles} claim), shown and compared by a recheck, never trusted for
 * access: that is the organization token's grant.
 */
public record Organization(String id, String name, List<String> roles) implements Serializable {

    // Not compared for records (Java serialization spec 1.13): they are read by component name; see RollingUpgradeTest
    private static final long serialVersionUID = 1L;

    /** A session written before roles were kept has none here. */
    public Organization {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Organization(String id, String name) {
        this(id, name, List.of());
    }

    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
