package dev.bookstore.devprovider;

import java.util.List;

/**
 * A demo account offered on the sign-in page. {@code kakaoUserId} is set only for the account that signs in
 * through the Kakao connector; null fields are claims the user does not have.
 */
public record DemoUser(String key, String subject, String name, String username, String email,
        String phoneNumber, List<String> roles, String kakaoUserId, long createdAt, long updatedAt,
        List<OrganizationMembership> memberships) {

    public DemoUser {
        roles = List.copyOf(roles);
        memberships = List.copyOf(memberships);
    }

    /** A user without organization memberships. */
    public DemoUser(String key, String subject, String name, String username, String email, String phoneNumber,
            List<String> roles, String kakaoUserId, long createdAt, long updatedAt) {
        this(key, subject, name, username, email, phoneNumber, roles, kakaoUserId, createdAt, updatedAt, List.of());
    }

    public boolean signsInWithKakao() {
        return kakaoUserId != null;
    }
}
