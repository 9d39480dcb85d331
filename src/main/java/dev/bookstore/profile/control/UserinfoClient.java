package dev.bookstore.profile.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.bookstore.logto.control.HttpCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reads Logto's userinfo once per sign-in. Liberty's mechanism does not (it skips plain-http endpoints
 * and keeps no {@code identities}), so the app asks itself, with the access token of that sign-in.
 * Liberty workaround; upstream report drafted in docs/upstream/oidc-userinfo-plain-http-silent.md.
 */
@ApplicationScoped
public class UserinfoClient {

    @Inject
    HttpCalls http;

    private static final Logger LOG = Logger.getLogger(UserinfoClient.class.getName());

    /**
     * @return userinfo's claims, or empty when Logto could not answer (the sign-in goes on without them)
     * @throws UserinfoRefusedException when the answer is about another subject
     */
    public Optional<Map<String, Object>> fetch(String endpoint, String accessToken, String expectedSubject)
            throws UserinfoRefusedException {
        Map<String, Object> claims;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").GET());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "Userinfo answered HTTP " + response.statusCode() + "; signing in without it");
                return Optional.empty();
            }
            claims = JSONObjectUtils.parse(response.body());
        } catch (IOException | ParseException unreadable) {
            LOG.warning(() -> "Userinfo could not be read (" + unreadable.getClass().getSimpleName() + "); signing in without it");
            return Optional.empty();
        }
        if (!expectedSubject.equals(claims.get("sub"))) {
            throw new UserinfoRefusedException("userinfo is about another subject than the ID token");
        }
        return Optional.of(claims);
    }
}
