package dev.bookstore.profile.entity;

import java.io.Serializable;

/**
 * Who is signed in, as the ID token says; kept in the HTTP session so page views never call Logto.
 * Logto may leave any of name, username and picture empty (Kakao users often have no username).
 */
public record SignedInUser(String subject, String name, String username, String picture) implements Serializable {

    public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();

    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return username != null && !username.isBlank() ? username : subject;
    }

    /** The first letter of the display name, for the avatar placeholder when there is no picture. */
    public String initial() {
        return displayName().substring(0, displayName().offsetByCodePoints(0, 1)).toUpperCase();
    }

    public boolean hasPicture() {
        return picture != null && (picture.startsWith("https://") || picture.startsWith("http://"));
    }
}
