package dev.bookstore.devprovider;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code identities} claim: what Logto stored from social connectors, here only Kakao. */
final class SocialIdentities {

    private static final String KAKAO_CONNECTED_AT = "2024-06-01T00:00:00Z";

    private SocialIdentities() {
    }

    static Map<String, Object> of(DemoUser user, ProviderContext context) {
        if (!user.signsInWithKakao()) {
            return Map.of();
        }
        Map<String, Object> rawData = new LinkedHashMap<>();
        rawData.put("id", Long.parseLong(user.kakaoUserId()));
        rawData.put("connected_at", KAKAO_CONNECTED_AT);
        rawData.put("properties", Map.of("nickname", user.name()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("id", user.kakaoUserId());
        details.put("name", user.name());
        details.put("avatar", context.avatarUrl(user));
        details.put("rawData", rawData);
        Map<String, Object> kakao = new LinkedHashMap<>();
        kakao.put("userId", user.kakaoUserId());
        kakao.put("details", details);
        return Map.of("kakao", kakao);
    }
}
