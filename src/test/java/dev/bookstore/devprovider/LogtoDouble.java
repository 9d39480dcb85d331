package dev.bookstore.devprovider;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.util.List;

/**
 * The built-in local Logto as tests drive it: faults switched on, every request recorded, signing keys rotated,
 * logout tokens forged, the tenant's Console. None of this is in the provider a user runs.
 */
public final class LogtoDouble implements AutoCloseable {

    /** The API resource indicator configured when none is given. */
    public static final String DEFAULT_API_RESOURCE = LocalLogto.DEFAULT_API_RESOURCE;

    private final ProviderFaults faults;
    private final ProviderRecordings recorded;
    private final LocalLogto provider;
    private final ProviderContext context;

    private LogtoDouble(ProviderFaults faults, ProviderRecordings recorded, LocalLogto provider) {
        this.faults = faults;
        this.recorded = recorded;
        this.provider = provider;
        this.context = provider.context();
    }

    /** As {@link LocalLogto#start(String, int, LocalLogtoClient)}. */
    public static LogtoDouble start(String host, int port, LocalLogtoClient client) {
        return start(host, port, client, DEFAULT_API_RESOURCE);
    }

    /** As {@link LocalLogto#start(String, int, LocalLogtoClient, String)}. */
    public static LogtoDouble start(String host, int port, LocalLogtoClient client, String apiResource) {
        ProviderFaults faults = new ProviderFaults();
        ProviderRecordings recorded = new ProviderRecordings();
        return new LogtoDouble(faults, recorded,
                LocalLogto.start(host, port, client, ApiResource.bookstore(apiResource), faults, recorded));
    }

    /** As {@link LocalLogto#startEmpty(String, int, String, String)}. */
    public static LogtoDouble startEmpty(String host, int port, String managementAppId, String managementAppSecret) {
        ProviderFaults faults = new ProviderFaults();
        ProviderRecordings recorded = new ProviderRecordings();
        return new LogtoDouble(faults, recorded,
                LocalLogto.startEmpty(host, port, managementAppId, managementAppSecret, faults, recorded));
    }

    public String endpoint() {
        return provider.endpoint();
    }

    public String issuer() {
        return provider.issuer();
    }

    public String jwksUri() {
        return provider.issuer() + "/jwks";
    }

    public String apiResource() {
        return provider.apiResource();
    }

    /** As {@link LocalLogto#backchannelLogoutUri(String)}. */
    public void backchannelLogoutUri(String uri) {
        provider.backchannelLogoutUri(uri);
    }

    /** Faults tests can switch on; all off at start. */
    public ProviderFaults faults() {
        return faults;
    }

    /** What an admin does in the tenant's Console: apps, webhooks, suspending and deleting users. */
    public TenantConsole console() {
        return new TenantConsole(context.tenant(), recorded);
    }

    /** Every request received so far, in order. */
    public List<RecordedRequest> requests() {
        return recorded.requests();
    }

    /** The requests whose path equals {@code path}, e.g. {@code /oidc/auth}. */
    public List<RecordedRequest> requests(String path) {
        return recorded.requests().stream().filter(request -> request.path().equals(path)).toList();
    }

    public void clearRecordedRequests() {
        recorded.forgetRequests();
    }

    /** Provider-side sign-in sessions not yet ended through the end session endpoint. */
    public int activeSessionCount() {
        return context.sessions().count();
    }

    /** For access tokens issued from now on (whole seconds; default one hour), opaque and JWT alike. */
    public void accessTokenLifetime(Duration lifetime) {
        context.tokens().accessTokenLifetime(lifetime);
    }

    /** A new P-384 key signs from now on; the JWKS lists it first, then the keys it replaced, as Logto does. */
    public void rotateSigningKey() {
        rotateSigningKey("ES384");
    }

    /** As {@link #rotateSigningKey()}, with a key for the algorithm: ES256/384/512 or RS256/384/512. */
    public void rotateSigningKey(String algorithm) {
        context.signingKeys().rotate(JWSAlgorithm.parse(algorithm));
    }

    /** The JWKS lists only the current signing key; tokens signed with older keys no longer verify. */
    public void retireOldSigningKeys() {
        context.signingKeys().retireOld();
    }

    /** The logout tokens POSTed to the back-channel URI so far, in order, delivered or not. */
    public List<String> deliveredLogoutTokens() {
        return recorded.logoutTokens();
    }

    /** The claims of a logout token for the subject and {@code sid}, as the provider would send them. */
    public JWTClaimsSet.Builder logoutTokenClaims(String subject, String sid) {
        return LogoutTokens.claims(provider.client().clientId(), subject, sid, context);
    }

    /** Any claims signed with the current key under a {@code typ: logout+jwt} header, with its kid. */
    public String signedLogoutToken(JWTClaimsSet claims) {
        return LogoutTokens.sign(claims, context);
    }

    /** The same under another {@code typ} header, as a forger with Logto's key could not, but a bug could. */
    public String signedLogoutToken(JWTClaimsSet claims, String type) {
        return context.signingKeys().current().sign(claims.toJSONObject(), new JOSEObjectType(type));
    }

    /** Returns at once; requests still hanging on a fault are interrupted. */
    @Override
    public void close() {
        provider.close();
    }
}
