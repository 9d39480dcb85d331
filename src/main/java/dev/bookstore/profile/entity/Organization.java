package dev.bookstore.profile.entity;

import java.io.Serializable;

/** A Logto organization the user belongs to; the name is known only when userinfo tells it. */
public record Organization(String id, String name) implements Serializable {

    // Not compared for records (Java serialization spec 1.13): they are read by component name; see RollingUpgradeTest
    private static final long serialVersionUID = 1L;

    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
