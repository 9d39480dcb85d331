package dev.bookstore.profile.entity;

import java.io.Serializable;

/**
 * A social account linked to the Logto user, e.g. Kakao: {@code target} is the connector target
 * ({@code kakao}), {@code userId} the account's id at that provider. Never the provider's raw data.
 */
public record LinkedIdentity(String target, String userId, String name, String avatar) implements Serializable {

    // Not compared for records (Java serialization spec 1.13): they are read by component name; see RollingUpgradeTest
    private static final long serialVersionUID = 1L;

    public boolean hasAvatar() {
        return avatar != null && (avatar.startsWith("https://") || avatar.startsWith("http://"));
    }
}
