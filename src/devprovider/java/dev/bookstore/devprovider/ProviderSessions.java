package dev.bookstore.devprovider;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Provider-side sign-in sessions and their cookie. */
final class ProviderSessions {

    static final String COOKIE_NAME = "_logto_local_session";

    private final Map<String, ProviderSession> sessions = new ConcurrentHashMap<>();

    /** Keeps the browser's session when the same user signs in again, otherwise starts a new one. */
    ProviderSession signIn(Optional<String> currentId, DemoUser user, String clientId) {
        Optional<ProviderSession> current = currentId.map(sessions::get);
        if (current.isPresent() && current.get().user().equals(user)) {
            ProviderSession again = new ProviderSession(current.get().id(), current.get().sid(), user, clientId,
                    current.get().signedInAt());
            sessions.put(again.id(), again);
            return again;
        }
        currentId.ifPresent(sessions::remove);
        ProviderSession session = new ProviderSession(RandomValues.urlSafe(), RandomValues.urlSafe(), user, clientId,
                Instant.now());
        sessions.put(session.id(), session);
        return session;
    }

    Optional<ProviderSession> end(String id) {
        return Optional.ofNullable(sessions.remove(id));
    }

    int count() {
        return sessions.size();
    }

    /** The session id in the request's cookie, if the browser sent one. */
    static Optional<String> idFrom(RecordedRequest request) {
        for (String header : request.headers().getOrDefault("cookie", List.of())) {
            for (String cookie : header.split(";")) {
                String trimmed = cookie.trim();
                if (trimmed.startsWith(COOKIE_NAME + "=") && trimmed.length() > COOKIE_NAME.length() + 1) {
                    return Optional.of(trimmed.substring(COOKIE_NAME.length() + 1));
                }
            }
        }
        return Optional.empty();
    }

    static String cookieFor(ProviderSession session) {
        return COOKIE_NAME + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Lax";
    }

    static String clearingCookie() {
        return COOKIE_NAME + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax";
    }
}
