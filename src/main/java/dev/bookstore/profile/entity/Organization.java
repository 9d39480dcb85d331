package dev.bookstore.profile.entity;

import java.io.Serializable;

/** A Logto organization the user belongs to; the name is known only when userinfo tells it. */
public record Organization(String id, String name) implements Serializable {

    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
