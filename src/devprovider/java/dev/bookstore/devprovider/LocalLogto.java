package dev.bookstore.devprovider;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP OpenID Connect provider that behaves like Logto, for local runs and integration tests.
 * Never for production: its users, keys and sessions are demo data held in memory.
 */
public final class LocalLogto implements AutoCloseable {

    /** The API resource indicator configured when none is given. */
    public static final String DEFAULT_API_RESOURCE = "https://api.bookstore.example";

    /** Enough that a few requests hanging on a test fault leave threads for everything else. */
    private static final int WORKER_THREADS = 16;
    private static final int ACCEPT_BACKLOG = 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ProviderContext context;
    private final List<RecordedRequest> recorded = new CopyOnWriteArrayList<>();
    private final LocalLogtoClient client;
    private final ApiResource resource;

    private LocalLogto(HttpServer server, ExecutorService executor, ProviderContext context, LocalLogtoClient client,
                       ApiResource resource) {
        this.server = server;
        this.executor = executor;
        this.context = context;
        this.client = client;
        this.resource = resource;
    }

    /** As {@link #start(String, int, LocalLogtoClient, String)} with {@link #DEFAULT_API_RESOURCE}. */
    public static LocalLogto start(String host, int port, LocalLogtoClient client) {
        return start(host, port, client, DEFAULT_API_RESOURCE);
    }

    /**
     * Binds {@code host:port} (only that host) and returns once the provider is serving. {@code apiResource} is
     * the indicator (an absolute URI) of the one API resource, with permissions read:books and write:books.
     */
    public static LocalLogto start(String host, int port, LocalLogtoClient client, String apiResource) {
        return start(host, port, client, ApiResource.bookstore(apiResource));
    }

    /**
     * A tenant as a fresh Logto has it: no application, no API resource, only the machine-to-machine app that may
     * use the Management API ({@code /api}, e.g. to set the tenant up as code), made in Logto's Console.
     */
    public static LocalLogto startEmpty(String host, int port, String managementAppId, String managementAppSecret) {
        LocalLogto provider = start(host, port, null, (ApiResource) null);
        provider.console().machineToMachineApp(managementAppId, managementAppSecret, true);
        return provider;
    }

    private static LocalLogto start(String host, int port, LocalLogtoClient client, ApiResource resource) {
        answerWithoutDelay();
        HttpServer server;
        try {
            // A deep accept queue: a burst of browsers (a load test, a benchmark) must queue, not be refused.
            server = HttpServer.create(new InetSocketAddress(host, port), ACCEPT_BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Local Logto cannot listen on " + host + ":" + port, e);
        }
        String urlHost = host.contains(":") ? "[" + host + "]" : host;
        String endpoint = "http://" + urlHost + ":" + server.getAddress().getPort();
        Tenant tenant = new Tenant();
        if (client != null) {
            tenant.addClient(client, null);
        }
        if (resource != null) {
            tenant.addResource(resource);
        }
        ProviderContext context = new ProviderContext(endpoint, tenant, SigningKeys.generate(),
                new Interactions(), new AuthorizationCodes(), new IssuedTokens(), new ProviderSessions(),
                new ProviderFaults(), new BackchannelLogout());
        ExecutorService executor = Executors.newFixedThreadPool(WORKER_THREADS,
                DaemonThreads.named("local-logto-"));
        LocalLogto provider = new LocalLogto(server, executor, context, client, resource);
        server.createContext("/", new ProviderRouter(context, provider.recorded::add));
        server.setExecutor(executor);
        server.start();
        return provider;
    }

    /**
     * The JDK's HTTP server sends an answer's headers and body in two writes; with Nagle's algorithm on, the body
     * waits for the client to acknowledge the headers, which a kept-alive client delays by up to 40 ms. Every
     * sign-in (token and userinfo calls) took 60-90 ms longer in {@code liberty:run} because of it. The JDK reads
     * this switch once, when its first HTTP server starts in the JVM, so it is set here, before that.
     */
    private static void answerWithoutDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** The Logto endpoint E, e.g. {@code http://127.0.0.1:3001}. */
    public String endpoint() {
        return context.endpoint();
    }

    public String issuer() {
        return context.issuer();
    }

    public String jwksUri() {
        return context.issuer() + "/jwks";
    }

    /** The indicator of the configured API resource. */
    public String apiResource() {
        return resource.indicator();
    }


    /** For access tokens issued from now on (whole seconds; default one hour), opaque and JWT alike. */
    public void accessTokenLifetime(Duration lifetime) {
        context.tokens().accessTokenLifetime(lifetime);
    }

    /** Every request received so far, in order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(recorded);
    }

    /** The requests whose path equals {@code path}, e.g. {@code /oidc/auth}. */
    public List<RecordedRequest> requests(String path) {
        return recorded.stream().filter(request -> request.path().equals(path)).toList();
    }

    public void clearRecordedRequests() {
        recorded.clear();
    }

    /** Provider-side sign-in sessions not yet ended through the end session endpoint. */
    public int activeSessionCount() {
        return context.sessions().count();
    }

    /**
     * A new P-384 key with a new kid signs every token from now on. The JWKS lists it first, followed by the
     * keys it replaced until {@link #retireOldSigningKeys()}, as Logto does during a rotation.
     */
    public void rotateSigningKey() {
        rotateSigningKey("ES384");
    }

    /**
     * As {@link #rotateSigningKey()}, with a key for the algorithm: ES256, ES384 or ES512 (an EC key on the curve
     * the algorithm names) or RS256, RS384 or RS512 (an RSA key), what a Logto tenant's keys can sign with.
     */
    public void rotateSigningKey(String algorithm) {
        context.signingKeys().rotate(JWSAlgorithm.parse(algorithm));
    }

    /** The JWKS lists only the current signing key; tokens signed with older keys no longer verify. */
    public void retireOldSigningKeys() {
        context.signingKeys().retireOld();
    }

    /**
     * Where the client receives OpenID Connect back-channel logout tokens (an absolute http(s) URI), or null for
     * none, the default. When a session ends at the end session endpoint, the provider POSTs the logout token
     * there and waits for the answer (at most 5 s) before answering the browser; failures are ignored.
     */
    public void backchannelLogoutUri(String uri) {
        context.tenant().addClient(client, uri);
    }

    /** For tests: the logout tokens POSTed to the back-channel URI so far, in order, delivered or not. */
    public List<String> deliveredLogoutTokens() {
        return context.backchannelLogout().sentTokens();
    }

    /**
     * For tests: the claims of a logout token for the subject and session id ({@code sid}, as the session's ID
     * tokens carry it), exactly as the provider would send them, so a test can alter one claim.
     */
    public JWTClaimsSet.Builder logoutTokenClaims(String subject, String sid) {
        return LogoutTokens.claims(client.clientId(), subject, sid, context);
    }

    /** For tests: any claims signed with the current key under a {@code typ: logout+jwt} header, with its kid. */
    public String signedLogoutToken(JWTClaimsSet claims) {
        return LogoutTokens.sign(claims, context);
    }

    /** For tests: the same under another {@code typ} header, as a forger with Logto's key could not, but a bug could. */
    public String signedLogoutToken(JWTClaimsSet claims, String type) {
        return context.signingKeys().current().sign(claims.toJSONObject(), new com.nimbusds.jose.JOSEObjectType(type));
    }

    /** What an admin does in the tenant's Console: apps, webhooks, suspending and deleting users. */
    public TenantConsole console() {
        return new TenantConsole(context.tenant());
    }

    /** Faults tests can switch on; all off at start. */
    public ProviderFaults faults() {
        return context.faults();
    }

    /** Returns at once; requests still hanging on a fault are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
