package dev.bookstore.profile.control;

import dev.bookstore.profile.entity.SignedInUser;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;

/** Reads the signed-in user from the ID token Logto issued. */
public final class SignedInUsers {

    private SignedInUsers() {
    }

    public static SignedInUser fromIdToken(String subject, JwtClaims claims) {
        return new SignedInUser(subject,
                claims.getStringClaim("name").orElse(null),
                claims.getStringClaim("username").orElse(null),
                claims.getStringClaim("picture").orElse(null));
    }
}
