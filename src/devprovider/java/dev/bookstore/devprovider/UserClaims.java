package dev.bookstore.devprovider;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The user claims Logto releases for each scope, in the ID token and at the userinfo endpoint. */
final class UserClaims {

    private UserClaims() {
    }

    /** Claims shared by the ID token and userinfo; profile claims stay present when null, as in Logto. */
    static Map<String, Object> of(DemoUser user, Collection<String> scopes, ProviderContext context) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.subject());
        if (scopes.contains("profile")) {
            claims.put("name", user.name());
            claims.put("picture", context.avatarUrl(user));
            claims.put("username", user.username());
            claims.put("created_at", user.createdAt());
            claims.put("updated_at", user.updatedAt());
        }
        if (scopes.contains("email") && user.email() != null) {
            claims.put("email", user.email());
            claims.put("email_verified", true);
        }
        if (scopes.contains("phone") && user.phoneNumber() != null) {
            claims.put("phone_number", user.phoneNumber());
            claims.put("phone_number_verified", true);
        }
        if (scopes.contains("roles")) {
            claims.put("roles", user.roles());
        }
        OrganizationClaims.addTo(claims, user, scopes);
        return claims;
    }

    /** The userinfo response: the claims above plus the ones Logto only serves there. */
    static Map<String, Object> userinfo(DemoUser user, Collection<String> scopes, ProviderContext context) {
        Map<String, Object> claims = of(user, scopes, context);
        if (scopes.contains("identities")) {
            claims.put("identities", SocialIdentities.of(user, context));
        }
        if (scopes.contains("custom_data")) {
            claims.put("custom_data", Map.of());
        }
        OrganizationClaims.addUserinfoOnlyTo(claims, user, scopes);
        return claims;
    }
}
