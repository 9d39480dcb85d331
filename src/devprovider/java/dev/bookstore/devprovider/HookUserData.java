package dev.bookstore.devprovider;

import java.util.LinkedHashMap;
import java.util.Map;

/** A user as Logto 1.42 puts it in a webhook's {@code data}: the fields of {@code userInfoSelectFields}. */
final class HookUserData {

    private HookUserData() {
    }

    static Map<String, Object> of(DemoUser user, boolean suspended) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", user.subject());
        data.put("username", user.username());
        data.put("primaryEmail", user.email());
        data.put("primaryPhone", user.phoneNumber());
        data.put("name", user.name());
        data.put("avatar", null);
        data.put("customData", Map.of());
        data.put("identities", Map.of());
        data.put("lastSignInAt", null);
        data.put("createdAt", user.createdAt());
        data.put("updatedAt", user.updatedAt());
        data.put("profile", Map.of());
        data.put("applicationId", null);
        data.put("isSuspended", suspended);
        return data;
    }
}
