package dev.bookstore.profile.entity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Who is signed in, read once at sign-in from the ID token and userinfo, then kept in the HTTP session
 * so page views never call Logto. Logto may leave name, username, picture and email empty (a Kakao user
 * may decline to share the email): every field but {@code subject} is optional.
 *
 * @param identitiesKnown false when userinfo could not be read at sign-in, so linked accounts are unknown
 * @param logtoSession the ID token's {@code sid}: the Logto session a back-channel logout may name
 * @param authenticatedAt when the user last authenticated at Logto (the ID token's {@code auth_time}), which may be
 *     long before this sign-in when Logto reused its session; {@code signedInAt} when Logto did not say
 */
public record UserProfile(String subject, String name, String username, String picture, String email,
                          boolean emailVerified, Instant signedInAt, List<String> roles,
                          List<Organization> organizations, List<LinkedIdentity> identities,
                          boolean identitiesKnown, String logtoSession, Instant authenticatedAt) implements Serializable {

    // Not compared for records (Java serialization spec 1.13): they are read by component name; see RollingUpgradeTest
    private static final long serialVersionUID = 1L;

    public static final String SESSION_ATTRIBUTE = UserProfile.class.getName();

    /** In sessions an earlier release wrote, a component added since is null, false or 0: accept that here. */
    public UserProfile {
        roles = List.copyOf(roles);
        organizations = List.copyOf(organizations);
        identities = List.copyOf(identities);
    }

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

    /** The profile without the sign-in's times, which no page but the profile shows: one user's sign-ins look alike. */
    public UserProfile withoutTimes() {
        return new UserProfile(subject, name, username, picture, email, emailVerified, null, roles, organizations,
                identities, identitiesKnown, logtoSession, null);
    }

    /** Whether the user authenticated at Logto within {@code maxAge} of now (admin pages ask: ADMIN_MAX_AGE). */
    public boolean authenticatedWithin(Duration maxAge, Instant now) {
        return authenticatedAt != null && !authenticatedAt.plus(maxAge).isBefore(now);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
