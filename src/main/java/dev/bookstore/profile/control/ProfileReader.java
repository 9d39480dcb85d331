package dev.bookstore.profile.control;

import dev.bookstore.profile.entity.LinkedIdentity;
import dev.bookstore.profile.entity.Organization;
import dev.bookstore.profile.entity.UserProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the profile from the ID token's claims and, when it could be read, userinfo's answer (fresher,
 * and the only source of {@code identities} and organization names). Both are plain JSON objects here.
 * The social provider's {@code rawData} is never read: it may hold that provider's code and state.
 */
public final class ProfileReader {

    private ProfileReader() {
    }

    /**
     * The sign-in's age is Logto's {@code auth_time} alone: Logto states it only when the authorization request
     * asked ({@code max_age}, {@code prompt=login}), and that request passed through the browser, which may have
     * dropped both. A token without it never counts as a recent sign-in.
     */
    public static UserProfile read(Map<String, Object> idToken, Map<String, Object> userinfo, Instant signedInAt) {
        Claims claims = new Claims(idToken, userinfo == null ? Map.of() : userinfo);
        return new UserProfile((String) idToken.get("sub"), claims.text("name"), claims.text("username"),
                claims.text("picture"), claims.text("email"), Boolean.TRUE.equals(claims.value("email_verified")),
                signedInAt, claims.texts("roles"), organizations(claims), identities(userinfo), userinfo != null,
                Claims.string(idToken.get("sid")),
                idToken.get("auth_time") instanceof Number authTime ? Instant.ofEpochSecond(authTime.longValue()) : null);
    }

    /**
     * The profile after a refresh: what Logto now says in the new ID token (name, picture, email, roles,
     * organizations); linked accounts, the Logto session and the sign-in's times stay as they were. Organization
     * names (userinfo only) are kept for the organizations the user is still in.
     */
    public static UserProfile refreshed(UserProfile before, Map<String, Object> idToken) {
        Claims claims = new Claims(idToken, Map.of());
        List<Organization> organizations = claims.texts("organizations").stream()
                .map(id -> new Organization(id, before.organizations().stream().filter(known -> known.id().equals(id))
                        .findFirst().map(Organization::name).orElse(null), rolesIn(id, claims)))
                .toList();
        return new UserProfile(before.subject(), claims.text("name"), claims.text("username"), claims.text("picture"),
                claims.text("email"), Boolean.TRUE.equals(claims.value("email_verified")), before.signedInAt(),
                claims.texts("roles"), organizations, before.identities(), before.identitiesKnown(),
                before.logtoSession(), before.authenticatedAt());
    }

    private static List<Organization> organizations(Claims claims) {
        List<Organization> organizations = new ArrayList<>();
        for (String id : claims.texts("organizations")) {
            String name = claims.objects("organization_data").stream()
                    .filter(data -> id.equals(data.get("id"))).map(data -> data.get("name"))
                    .filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null);
            organizations.add(new Organization(id, name, rolesIn(id, claims)));
        }
        return organizations;
    }

    /** From {@code organization_roles}: {@code "<organization id>:<role name>"} each. */
    private static List<String> rolesIn(String organizationId, Claims claims) {
        String prefix = organizationId + ":";
        return claims.texts("organization_roles").stream().filter(role -> role.startsWith(prefix))
                .map(role -> role.substring(prefix.length())).toList();
    }

    private static List<LinkedIdentity> identities(Map<String, Object> userinfo) {
        if (userinfo == null || !(userinfo.get("identities") instanceof Map<?, ?> byTarget)) {
            return List.of();
        }
        List<LinkedIdentity> identities = new ArrayList<>();
        byTarget.forEach((target, value) -> {
            if (value instanceof Map<?, ?> identity) {
                Map<?, ?> details = identity.get("details") instanceof Map<?, ?> map ? map : Map.of();
                identities.add(new LinkedIdentity(String.valueOf(target), Claims.string(identity.get("userId")),
                        Claims.string(details.get("name")), Claims.string(details.get("avatar"))));
            }
        });
        return identities;
    }

    /** Claim lookup that prefers userinfo over the ID token and tolerates missing or null values. */
    private record Claims(Map<String, Object> idToken, Map<String, Object> userinfo) {

        Object value(String name) {
            Object fromUserinfo = userinfo.get(name);
            return fromUserinfo != null ? fromUserinfo : idToken.get(name);
        }

        String text(String name) {
            return string(value(name));
        }

        List<String> texts(String name) {
            return value(name) instanceof List<?> list
                    ? list.stream().map(Claims::string).filter(Objects::nonNull).toList() : List.of();
        }

        List<Map<?, ?>> objects(String name) {
            return value(name) instanceof List<?> list
                    ? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList() : List.of();
        }

        static String string(Object value) {
            return value instanceof String text && !text.isBlank() ? text : value instanceof Number ? value.toString() : null;
        }
    }
}
