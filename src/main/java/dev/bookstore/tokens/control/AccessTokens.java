package dev.bookstore.tokens.control;

import dev.bookstore.ground.control.AppConfiguration;
import dev.bookstore.logto.control.LogtoScope;
import dev.bookstore.logto.control.OrganizationAudience;
import dev.bookstore.tokens.entity.IssuedToken;
import dev.bookstore.tokens.entity.UserTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Access tokens for the signed-in user, for an API resource or an organization. Each is cached in the
 * session until a minute before it expires; a user's refreshes are made one at a time, so parallel
 * requests for the same token cause one call to Logto and the rotated refresh token is never lost.
 */
@ApplicationScoped
public class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class.getName());

    @Inject
    TokenEndpointClient logto;

    @Inject
    AppConfiguration configuration;

    private final Map<String, Object> refreshLocks = new ConcurrentHashMap<>();

    public IssuedToken forApi(HttpSession session) throws SignInAgainException, TokenRefusedException, IOException {
        String resource = configuration.settings().apiResource();
        return obtain(session, resource, "resource", resource, false);
    }

    /** @param afresh whether to ask Logto even when a cached token is usable: its grant may have shrunk since */
    public IssuedToken forOrganization(HttpSession session, String organizationId, boolean afresh)
            throws SignInAgainException, TokenRefusedException, IOException {
        return obtain(session, OrganizationAudience.of(organizationId), "organization_id", organizationId, afresh);
    }

    /**
     * A refresh for no audience, under the same one-at-a-time rule: Logto's current word on the user (its answer
     * holds a new ID token), or {@link SignInAgainException} when Logto has ended the grant. The rotated refresh
     * token is kept; the cached access tokens stay until they expire.
     */
    public Map<String, Object> refreshIdentity(HttpSession session) throws SignInAgainException, TokenRefusedException, IOException {
        synchronized (lockOf(session)) {
            UserTokens tokens = tokensOf(session);
            Map<String, Object> answer = refresh(session, tokens, null, null);
            session.setAttribute(UserTokens.SESSION_ATTRIBUTE, tokens.withRefreshToken((String) answer.get("refresh_token")));
            return answer;
        }
    }

    /** Logto changed what roles grant: the session's cached access tokens are asked for again when next needed. */
    public void forgetAccessTokens(HttpSession session) {
        synchronized (lockOf(session)) {
            if (session.getAttribute(UserTokens.SESSION_ATTRIBUTE) instanceof UserTokens tokens) {
                session.setAttribute(UserTokens.SESSION_ATTRIBUTE, UserTokens.of(tokens.refreshToken()));
            }
        }
    }

    /** Forgets the session's lock when the session ends. */
    public void sessionEnded(String sessionId) {
        refreshLocks.remove(sessionId);
    }

    private IssuedToken obtain(HttpSession session, String audience, String parameter, String value, boolean afresh)
            throws SignInAgainException, TokenRefusedException, IOException {
        synchronized (lockOf(session)) {
            UserTokens tokens = tokensOf(session);
            Instant now = Instant.now();
            var cached = tokens.forAudience(audience).filter(token -> !afresh && token.usableAt(now));
            if (cached.isPresent()) {
                return cached.get();
            }
            Map<String, Object> answer = refresh(session, tokens, parameter, value);
            IssuedToken token = new IssuedToken((String) answer.get("access_token"),
                    now.plusSeconds(((Number) answer.getOrDefault("expires_in", 0)).longValue()), LogtoScope.words(answer.get("scope")));
            session.setAttribute(UserTokens.SESSION_ATTRIBUTE, tokens.with(audience, token, (String) answer.get("refresh_token")));
            LOG.fine(() -> "Obtained an access token for " + audience + " until " + token.expiresAt());
            return token;
        }
    }

    /** One lock per session: its refreshes are made one at a time, so a rotated refresh token is never lost. */
    private Object lockOf(HttpSession session) {
        return refreshLocks.computeIfAbsent(session.getId(), id -> new Object());
    }

    private static UserTokens tokensOf(HttpSession session) throws SignInAgainException {
        if (session.getAttribute(UserTokens.SESSION_ATTRIBUTE) instanceof UserTokens tokens) {
            return tokens;
        }
        throw new SignInAgainException("no refresh token in this session");
    }

    /** A refresh grant; when Logto has ended the grant the session's tokens go, so the next page signs out. */
    private Map<String, Object> refresh(HttpSession session, UserTokens tokens, String parameter, String value)
            throws SignInAgainException, TokenRefusedException, IOException {
        try {
            return logto.refresh(tokens.refreshToken(), parameter, value);
        } catch (SignInAgainException over) {
            session.removeAttribute(UserTokens.SESSION_ATTRIBUTE);
            throw over;
        }
    }
}
