package dev.bookstore.auth.boundary;

import dev.bookstore.ground.control.AppConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.OpenIdProviderMetadata;

/**
 * The one place where sign-in is delegated to Logto. Values come from the settings through EL:
 * {@code ${...}} is read once at start, {@code #{...}} on each sign-in request.
 * <ul>
 * <li>The algorithms are listed: Liberty does not take them from discovery. They are all Logto's keys can sign
 *     with (its EC keys declare the algorithm of their curve), never {@code none} or a shared secret.</li>
 * <li>The token endpoint is the app's relay: Liberty's own client would wait for a hanging Logto forever.</li>
 * <li>Fixed values are EL literals ({@code ${'sub'}}): see {@link #NOT_SET}.</li>
 * <li>The caller name is {@code sub}: Logto often sends no {@code preferred_username}.</li>
 * <li>{@code prompt} and {@code max_age} come with the extra parameters ({@link SignInParameters}): they differ
 *     by sign-in, and {@code prompt=consent} is what makes Logto issue a refresh token for {@code offline_access}.</li>
 * <li>The callback does not jump to the original resource: {@code CallbackServlet} finishes the sign-in
 *     and leaves the browser on a clean URL.</li>
 * </ul>
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${logto.issuer}",
        clientId = "${logto.appId}",
        clientSecret = "${logto.appSecret}",
        redirectURI = "${logto.redirectUri}",
        scopeExpression = "${logto.scopes}",
        responseType = "${'code'}",
        responseMode = LogtoOpenIdDefinition.NOT_SET,
        redirectToOriginalResource = false,
        useNonce = false, // the app sends its own and checks it first (SignInParameters, CodeRelay)
        extraParametersExpression = "#{signInParameters.extraParameters}",
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "${'sub'}", callerGroupsClaim = "${'roles'}"),
        providerMetadata = @OpenIdProviderMetadata(
                idTokenSigningAlgorithmsSupported = "${'ES256,ES384,ES512,RS256,RS384,RS512'}",
                tokenEndpoint = "${logto.tokenRelay}",
                // the rest comes from Logto's discovery document
                authorizationEndpoint = LogtoOpenIdDefinition.NOT_SET,
                userinfoEndpoint = LogtoOpenIdDefinition.NOT_SET,
                endSessionEndpoint = LogtoOpenIdDefinition.NOT_SET,
                jwksURI = LogtoOpenIdDefinition.NOT_SET,
                issuer = LogtoOpenIdDefinition.NOT_SET,
                subjectTypeSupported = "${'public'}",
                responseTypeSupported = "${'code,id_token,token id_token'}"),
        jwksConnectTimeoutExpression = "${logto.timeoutMillis}",
        jwksReadTimeoutExpression = "${logto.timeoutMillis}",
        logout = @LogoutDefinition(notifyProvider = true,
                redirectURI = "${logto.postLogoutRedirectUri}"))
@ApplicationScoped
@Named("logto")
public class LogtoOpenIdDefinition {

    /**
     * Liberty evaluates every string attribute as EL on each sign-in request and callback, and a plain value
     * (or an empty one) fails to parse first: an exception per attribute, about 40 per sign-in. Written as EL
     * literals they parse; an empty literal still means "not set" (docs/PERFORMANCE.md).
     */
    static final String NOT_SET = "${''}";

    @Inject
    AppConfiguration configuration;

    public String getIssuer() {
        return configuration.settings().issuer();
    }

    public String getAppId() {
        return configuration.settings().appId();
    }

    public String getAppSecret() {
        return configuration.settings().appSecret();
    }

    public String getRedirectUri() {
        return configuration.settings().redirectUri();
    }

    public String getPostLogoutRedirectUri() {
        return configuration.settings().postLogoutRedirectUri();
    }

    /** Liberty redeems codes through the app, which bounds the wait for Logto (TokenRelayServlet). */
    public String getTokenRelay() {
        return configuration.settings().tokenRelay();
    }

    /** LOGTO_TIMEOUT for Liberty's own key set fetches (its token request has no timeout: docs/SECURITY.md). */
    public int getTimeoutMillis() {
        return (int) configuration.settings().timeout().toMillis();
    }

    public String[] getScopes() {
        return configuration.settings().scopes().toArray(String[]::new);
    }
}
