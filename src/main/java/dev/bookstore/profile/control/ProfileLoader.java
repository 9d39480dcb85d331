package dev.bookstore.profile.control;

import com.nimbusds.jwt.JWTParser;
import dev.bookstore.profile.entity.UserProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;

/** Loads the profile of a sign-in the mechanism has just completed: its ID token plus one userinfo call. */
@ApplicationScoped
public class ProfileLoader {

    @Inject
    UserinfoClient userinfo;

    public UserProfile load(OpenIdContext signIn) throws UserinfoRefusedException {
        Map<String, Object> idToken;
        try {
            // Liberty has verified this token already; it is only parsed here, for its claims as JSON.
            idToken = JWTParser.parse(signIn.getIdentityToken().getToken()).getJWTClaimsSet().toJSONObject();
        } catch (ParseException impossible) {
            throw new IllegalStateException("the verified ID token no longer parses", impossible);
        }
        String endpoint = signIn.getProviderMetadata().getString("userinfo_endpoint", null);
        Map<String, Object> userinfoClaims = endpoint == null ? null : userinfo
                .fetch(endpoint, signIn.getAccessToken().getToken(), (String) idToken.get("sub")).orElse(null);
        return ProfileReader.read(idToken, userinfoClaims, Instant.now());
    }
}
