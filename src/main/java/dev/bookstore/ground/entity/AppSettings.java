package dev.bookstore.ground.entity;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where Logto is and who this app is to it. Everything else (issuer, callback, post sign-out page)
 * follows from the endpoint and the app's own base URL, as in Logto's SDKs.
 *
 * @param timeout how long any one call to Logto (or to the app's own API) may take, connecting included
 * @param internalUrl where this server reaches itself (Liberty's code exchange goes through the app: TokenRelay)
 * @param cluster {@code off} or {@code hazelcast} (members share sessions and sign-outs)
 * @param hazelcastConfig with {@code CLUSTER=hazelcast}: Hazelcast's configuration file, which the app's client reads too
 * @param sessionCookieSecure whether Liberty's sign-in cookie is sent over https only
 * @param builtInLogto whether the endpoint is the built-in local Logto (LOCAL_PROVIDER_ENABLED, written by the build)
 * @param adminMaxAge how old a sign-in may be for admin pages and actions, before Logto is asked to confirm it's them
 * @param sessionRecheck how often a signed-in session asks Logto again who the user is (a refresh grant)
 */
public record AppSettings(URI endpoint, String appId, String appSecret, URI baseUrl,
                            String kakaoTarget, List<String> scopes, String apiResource,
                            Duration timeout, URI internalUrl, String cluster, String hazelcastConfig,
                            boolean sessionCookieSecure, boolean builtInLogto, String database,
                            Optional<String> webhookSigningKey, Duration adminMaxAge, Duration sessionRecheck) {

    public String issuer() {
        return endpoint + "/oidc";
    }

    public String redirectUri() {
        return baseUrl + "/callback";
    }

    /** What ops do when Logto lacks the app's API resource, for every log line that reports it. */
    public String apiResourceStep() {
        return "run ./mvnw -q -Plogto-setup (README, Using a real Logto), or create the API resource '" + apiResource
                + "' (BOOKSTORE_API_RESOURCE) in the Logto Console under API resources with the permissions read:books"
                + " and write:books";
    }

    public String postLogoutRedirectUri() {
        return baseUrl + "/";
    }

    public boolean secure() {
        return "https".equals(baseUrl.getScheme());
    }

    @Override
    public String toString() {
        // Records print every component: keep the secret out of any log line that prints settings.
        return "AppSettings[endpoint=" + endpoint + ", appId=" + appId + ", baseUrl=" + baseUrl
                + ", kakaoTarget=" + kakaoTarget + ", scopes=" + scopes + ", apiResource=" + apiResource
                + ", cluster=" + cluster + ", database=" + database
                + ", webhook=" + (webhookSigningKey.isPresent() ? "on" : "off") + "]";
    }

    /** Liberty's mechanism redeems codes here, and the app passes them on to Logto with a bounded wait. */
    public String tokenRelay() {
        return internalUrl + "/internal/logto-token";
    }
}
