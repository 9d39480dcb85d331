package dev.bookstore.devprovider;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP OpenID Connect provider that behaves like Logto, for local runs and integration tests.
 * Never for production: its users, keys and sessions are demo data held in memory. What tests do to it (faults,
 * what it received and sent, the Console) they bring themselves, through {@link Misbehaviour} and
 * {@link ProviderObserver}.
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
        return start(host, port, client, ApiResource.bookstore(apiResource), Misbehaviour.NONE, ProviderObserver.NONE);
    }

    /**
     * A tenant as a fresh Logto has it: no application, no API resource, only the machine-to-machine app that may
     * use the Management API ({@code /api}, e.g. to set the tenant up as code), made in Logto's Console.
     */
    public static LocalLogto startEmpty(String host, int port, String managementAppId, String managementAppSecret) {
        return startEmpty(host, port, managementAppId, managementAppSecret, Misbehaviour.NONE, ProviderObserver.NONE);
    }

    static LocalLogto startEmpty(String host, int port, String managementAppId, String managementAppSecret,
                                 Misbehaviour misbehaviour, ProviderObserver observer) {
        LocalLogto provider = start(host, port, null, null, misbehaviour, observer);
        Tenant.MachineClient managementApp = new Tenant.MachineClient(managementAppId, managementAppSecret, true);
        provider.context.tenant().addMachineClient(managementApp);
        return provider;
    }

    /** With a client and a resource (either null for none), misbehaving so, telling the observer what happens. */
    static LocalLogto start(String host, int port, LocalLogtoClient client, ApiResource resource,
                            Misbehaviour misbehaviour, ProviderObserver observer) {
        NoDelay.answerWithoutDelay();
        HttpServer server;
        try {
            // A deep accept queue: a burst of browsers (a load test, a benchmark) must queue, not be refused.
            server = HttpServer.create(new InetSocketAddress(host, port), ACCEPT_BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Local Logto cannot listen on " + host + ":" + port, e);
        }
        String urlHost = host.contains(":") ? "[" + host + "]" : host;
        ProviderContext context = new ProviderContext("http://" + urlHost + ":" + server.getAddress().getPort(),
                Tenant.of(client, resource, observer), SigningKeys.generate(), new Interactions(),
                new AuthorizationCodes(), new IssuedTokens(), new ProviderSessions(), misbehaviour,
                new BackchannelLogout(observer));
        ExecutorService executor = Executors.newFixedThreadPool(WORKER_THREADS, DaemonThreads.named("local-logto-"));
        server.createContext("/", new ProviderRouter(context, observer));
        server.setExecutor(executor);
        server.start();
        return new LocalLogto(server, executor, context, client, resource);
    }

    /** The Logto endpoint E, e.g. {@code http://127.0.0.1:3001}. */
    public String endpoint() {
        return context.endpoint();
    }

    public String issuer() {
        return context.issuer();
    }

    /** The indicator of the configured API resource. */
    public String apiResource() {
        return resource.indicator();
    }

    /**
     * Where the client receives OpenID Connect back-channel logout tokens (an absolute http(s) URI), or null for
     * none, the default. When a session ends at the end session endpoint, the provider POSTs the logout token
     * there and waits for the answer (at most 5 s) before answering the browser; failures are ignored.
     */
    public void backchannelLogoutUri(String uri) {
        context.tenant().addClient(client, uri);
    }

    /** What the endpoints share, for what tests do to the provider (the same package, in src/test/java). */
    ProviderContext context() {
        return context;
    }

    LocalLogtoClient client() {
        return client;
    }

    /** Returns at once; requests still hanging on a fault are interrupted. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
