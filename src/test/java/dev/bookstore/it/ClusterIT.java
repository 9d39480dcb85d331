package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import dev.bookstore.devprovider.LocalLogtoClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Liberty members (CLUSTER=hazelcast, one Hazelcast cluster on 127.0.0.1, shared LTPA keys) behind a
 * load balancer that this test plays: users reach them at member A's URL, and each request goes to the
 * member the test picks. Everything is started here and stopped afterwards, even when a test fails.
 * Starting members is slow, so the class shares them; each scenario starts on both members running and makes
 * its own sign-ins, books and Logto changes (undone afterwards), so that any of them runs alone or in any order.
 */
// Speed only: by name, the scenario that kills member A runs last, so A need not start again (about a minute). Every
// scenario sets up what it needs and passes in any order (tried: random, reversed, alone).
@TestMethodOrder(MethodOrderer.MethodName.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {

    private static final int PROVIDER_PORT = 19181;
    private static final int TRACE_RECEIVER_PORT = 19184;
    private static final Path CLUSTER_CONFIG = Path.of(System.getProperty("it.cluster.config", "src/test/cluster"));
    private static final Path LTPA_KEYS = Path.of(System.getProperty("wlp.home", "target/liberty/wlp"))
            .resolveSibling("cluster-it/ltpa.keys").toAbsolutePath();
    private static final String LTPA_PASSWORD = "cluster-it-ltpa-password-not-secret";
    private static final int POSTGRES_PORT = 19432;
    private static final String DB_PASSWORD = "cluster-it-db-password-not-secret";
    private static final String WEBHOOK_KEY = "cluster-it-webhook-key-not-secret";
    /** Short, so that what no webhook announces reaches live sessions within a test. */
    private static final Duration RECHECK = Duration.ofSeconds(3);

    private final ClusterMember a = new ClusterMember("cluster-a", 19180);
    private final ClusterMember b = new ClusterMember("cluster-b", 19280);
    /** What users type: the load balancer's URL (here: member A's). */
    private final String baseUrl = a.url("");
    private LogtoDouble logto;
    private LocalPostgres postgres;
    /** Both members export their traces here (standard OTEL_* settings), as to a collector. */
    private OtlpTraceReceiver traces;
    /** The authorization codes of this class's sign-ins, which no span may hold. */
    private final List<String> callbackCodes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    void startTheCluster() throws Exception {
        logto = LogtoDouble.start("127.0.0.1", PROVIDER_PORT, new LocalLogtoClient(ItSettings.CLIENT_ID,
                ItSettings.CLIENT_SECRET, Set.of(baseUrl + "/callback"), Set.of(baseUrl + "/")));
        ClusterMember.createLtpaKeys(LTPA_KEYS, LTPA_PASSWORD);
        traces = OtlpTraceReceiver.start(TRACE_RECEIVER_PORT);
        postgres = LocalPostgres.start(POSTGRES_PORT, "bookstore", DB_PASSWORD, "bookstore");
        // In place of the default Hazelcast file (Kubernetes discovery), as ops would mount their own.
        Path loopback = CLUSTER_CONFIG.resolve("hazelcast-loopback.xml");
        a.layOut(settings(a, 19543), 19189, loopback);
        b.layOut(settings(b, 19643), 19289, loopback);
        // Logto's webhook, as the set-up command makes it: delivered to member A only.
        logto.console().webhook(a.url("/logto-webhook"), List.of("User.SuspensionStatus.Updated"), WEBHOOK_KEY);
        a.start();
        b.start();
    }

    /** A member that a scenario stopped or killed is started again before the next one. */
    @BeforeEach
    void bothMembersRunning() throws Exception {
        for (ClusterMember member : List.of(a, b)) {
            if (!member.ready()) {
                member.start();
            }
        }
    }

    /** Once the members have stopped (and sent their last spans): no span of the whole class carries a secret. */
    @AfterAll
    void stopTheCluster() {
        b.stop();
        a.stop();
        try {
            if (traces != null) {
                assertNoSpanCarriesACodeAQueryValueAUserOrAToken(traces.spans());
            }
        } finally {
            stopLogtoTracesAndPostgres();
        }
    }

    private void stopLogtoTracesAndPostgres() {
        if (logto != null) {
            logto.close();
        }
        if (traces != null) {
            traces.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception stopFailed) {
                throw new IllegalStateException("PostgreSQL did not stop", stopFailed);
            }
        }
    }

    private Map<String, String> settings(ClusterMember member, int httpsPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        URI own = URI.create(member.url(""));
        settings.put("HTTP_HOST", "127.0.0.1");
        settings.put("HTTP_PORT", String.valueOf(own.getPort()));
        settings.put("HTTPS_PORT", String.valueOf(httpsPort));
        settings.put("RELAY_PORT", String.valueOf(httpsPort + 1));
        settings.put("APP_BASE_URL", baseUrl);
        settings.put("LOGTO_ENDPOINT", logto.endpoint());
        settings.put("LOGTO_APP_ID", ItSettings.CLIENT_ID);
        settings.put("LOGTO_APP_SECRET", ItSettings.CLIENT_SECRET);
        settings.put("keystore_password", "cluster-it-keystore-password-not-secret");
        settings.put("CLUSTER", "hazelcast");
        settings.put("LTPA_KEYS_FILE", LTPA_KEYS.toString());
        settings.put("LTPA_KEYS_PASSWORD", LTPA_PASSWORD);
        settings.put("LOGTO_WEBHOOK_SIGNING_KEY", WEBHOOK_KEY);
        settings.put("DB", "postgresql");
        settings.put("DB_URL", postgres.jdbcUrl("bookstore"));
        settings.put("DB_USER", "bookstore");
        settings.put("DB_PASSWORD", DB_PASSWORD);
        settings.put("SESSION_RECHECK", RECHECK.toSeconds() + "s");
        if (member == b) {
            settings.put("WLP_LOGGING_MESSAGE_FORMAT", "json"); // as a Kubernetes log stack wants (docs/OPERATIONS.md)
        }
        // Traces to an OTLP endpoint, with OpenTelemetry's standard settings only (docs/OPERATIONS.md, "Traces").
        settings.put("OTEL_SDK_DISABLED", "false");
        settings.put("OTEL_SERVICE_NAME", "bookstore-" + (member == a ? "a" : "b"));
        settings.put("OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint());
        settings.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        settings.put("OTEL_METRICS_EXPORTER", "none");
        settings.put("OTEL_LOGS_EXPORTER", "none");
        settings.put("OTEL_BSP_SCHEDULE_DELAY", "200");
        return settings;
    }

    /**
     * What the load balancer does: the request goes to {@code member}, with the Host users addressed (the
     * public URL), so each member sees the URL the users typed, as behind a real load balancer.
     */
    private HttpResponse<String> get(Browserless browser, ClusterMember member, String pathAndQuery, String... headers) {
        String[] withHost = java.util.stream.Stream.concat(java.util.stream.Stream.of(headers),
                java.util.stream.Stream.of("Host", URI.create(baseUrl).getAuthority())).toArray(String[]::new);
        return browser.getWith(member.url(pathAndQuery), withHost);
    }

    private HttpResponse<String> post(Browserless browser, ClusterMember member, String path, String... headers) {
        String[] withHost = java.util.stream.Stream.concat(java.util.stream.Stream.of(headers),
                java.util.stream.Stream.of("Host", URI.create(baseUrl).getAuthority())).toArray(String[]::new);
        return browser.post(member.url(path), Map.of(), withHost);
    }

    /**
     * Sign-in started at {@code start}; Logto's redirect back to the callback is routed to {@code callback}.
     * Returns that callback's URL (with its code and state). {@code signInHeaders} go with the first request.
     */
    private URI signIn(Browserless browser, ClusterMember start, ClusterMember callback, String user, String... signInHeaders) {
        HttpResponse<String> toLogto = get(browser, start, "/sign-in", signInHeaders);
        assertEquals(302, toLogto.statusCode(), toLogto::body);
        HttpResponse<String> page = browser.follow(toLogto);
        assertEquals(200, page.statusCode(), page::body);
        HttpResponse<String> back = browser.post(page.uri().resolve("/oidc/auth/submit").toString(),
                Map.of("interaction", Browserless.inputValue(page.body(), "interaction"), "user", user));
        URI toCallback = Browserless.location(back);
        callbackCodes.add(Browserless.query(toCallback).get("code"));
        HttpResponse<String> landed = get(browser, callback, toCallback.getRawPath() + "?" + toCallback.getRawQuery());
        assertEquals(302, landed.statusCode(), landed::body);
        assertEquals("/", Browserless.location(landed).getPath(), "signed in and sent home");
        return toCallback;
    }

    private void assertSignedIn(Browserless browser, ClusterMember member, String name) {
        HttpResponse<String> profile = get(browser, member, "/profile");
        assertEquals(200, profile.statusCode(), () -> "not signed in on " + member.url("") + ": " + profile.body());
        assertTrue(profile.body().contains(name), profile::body);
    }

    private void assertSignedOut(Browserless browser, ClusterMember member) {
        HttpResponse<String> profile = get(browser, member, "/profile");
        assertEquals(302, profile.statusCode(), () -> "still signed in on " + member.url("") + ": " + profile.body());
        HttpResponse<String> home = get(browser, member, "/");
        assertEquals(200, home.statusCode(), home::body);
        assertTrue(home.body().contains("Not signed in"), home::body);
    }

    @Test
    void signedInThroughAUsersAreSignedInOnBWithTheirTokens() {
        Browserless browser = new Browserless();
        signIn(browser, a, a, "kakao");
        assertSignedIn(browser, b, "김민지");
        HttpResponse<String> shelf = get(browser, b, "/shelf");
        assertEquals(200, shelf.statusCode(), shelf::body);
        assertTrue(shelf.body().contains("The Left Hand of Darkness"), "the API answered with a token got on B: " + shelf.body());
        assertSignedIn(browser, a, "김민지");
    }

    @Test
    void aBookAddedThroughAIsListedThroughBAndIsInTheSharedPostgres() throws Exception {
        Browserless api = new Browserless();
        String admin = "Bearer " + ProviderTokens.accessToken(ProviderTokens.apiTokens(logto, "admin", baseUrl + "/callback"));
        String title = "Shared by members " + java.util.UUID.randomUUID();
        HttpResponse<String> added = api.postJson(a.url("/api/books"), "{\"title\":\"" + title + "\",\"author\":\"A. Cluster\"}",
                "Authorization", admin);
        assertEquals(201, added.statusCode(), added::body);
        HttpResponse<String> onB = api.getWith(b.url("/api/books"), "Authorization", admin);
        assertTrue(onB.body().contains(title), "member B lists what was added through A: " + onB.body());
        try (var connection = postgres.connect("bookstore");
             var count = connection.prepareStatement("SELECT count(*) FROM books WHERE title = ?")) {
            count.setString(1, title);
            try (var rows = count.executeQuery()) {
                rows.next();
                assertEquals(1, rows.getInt(1), "one row, in PostgreSQL");
            }
        }
    }

    @Test
    void aSignInStartedOnACompletesWhenLogtoSendsTheBrowserBackToB() {
        Browserless browser = new Browserless();
        signIn(browser, a, b, "reader");
        assertSignedIn(browser, a, "Jane Reader");
        assertSignedIn(browser, b, "Jane Reader");
    }

    @Test
    void signingOutOnBSignsOutOnA() {
        Browserless browser = new Browserless();
        signIn(browser, a, a, "reader");
        assertSignedIn(browser, b, "Jane Reader");
        HttpResponse<String> signOut = post(browser, b, "/sign-out", "Origin", baseUrl);
        assertEquals(302, signOut.statusCode(), signOut::body);
        assertSignedOut(browser, a);
        assertSignedOut(browser, b);
    }

    @Test
    void aBackchannelLogoutReceivedByASignsOutOnB() {
        logto.backchannelLogoutUri(a.url("/backchannel-logout"));
        try {
            Browserless browser = new Browserless();
            signIn(browser, b, b, "admin");
            assertSignedIn(browser, b, "Alex Admin");
            int delivered = logto.deliveredLogoutTokens().size();
            HttpResponse<String> atLogto = browser.get(logto.endpoint() + "/oidc/session/end?client_id=" + ItSettings.CLIENT_ID);
            assertTrue(atLogto.statusCode() < 400, atLogto::body);
            assertEquals(delivered + 1, logto.deliveredLogoutTokens().size(), "Logto told member A");
            assertSignedOut(browser, b);
        } finally {
            logto.backchannelLogoutUri(null);
        }
    }

    @Test
    void aWebhookReceivedByAEndsTheSessionServedByB() {
        try {
            Browserless browser = new Browserless();
            signIn(browser, b, b, "reader");
            assertSignedIn(browser, b, "Jane Reader");
            logto.console().suspendUser("reader"); // delivered to member A only
            assertSignedOut(browser, b);
        } finally {
            logto.console().restoreUsers();
        }
    }

    /** Logto sends no webhook when a role is taken from one user: the session's recheck (a refresh grant) finds it. */
    @Test
    void aRoleTakenAwayInLogtoClosesTheAdminPagesWithinTheRecheckInterval() throws InterruptedException {
        try {
            Browserless browser = new Browserless();
            signIn(browser, a, a, "admin");
            assertEquals(200, get(browser, b, "/admin").statusCode());
            logto.console().removeRole("admin", "admin");
            Instant removed = Instant.now();
            int status = 200;
            for (int request = 0; status == 200 && Duration.between(removed, Instant.now()).compareTo(RECHECK.multipliedBy(4)) < 0; request++) {
                Thread.sleep(500);
                status = get(browser, request % 2 == 0 ? a : b, "/admin").statusCode();
            }
            assertEquals(403, status, "the role is gone on the member that serves the next request");
            assertEquals(403, get(browser, a, "/admin").statusCode());
            assertEquals(403, get(browser, b, "/admin").statusCode());
            assertSignedIn(browser, b, "Alex Admin");
        } finally {
            logto.console().restoreUsers();
        }
    }

    /**
     * Both members serve the same session once its recheck is due: one refresh grant reaches Logto, so the rotated
     * refresh token is never used twice (Logto would end the grant), and the user stays signed in on both.
     */
    @Test
    void aRecheckDueOnBothMembersAtOnceRefreshesOnce() throws Exception {
        Browserless browser = new Browserless();
        signIn(browser, a, a, "reader");
        Thread.sleep(RECHECK.plusSeconds(1).toMillis());
        int refreshes = refreshGrants();
        var onA = java.util.concurrent.CompletableFuture.supplyAsync(() -> get(browser, a, "/profile"));
        var onB = java.util.concurrent.CompletableFuture.supplyAsync(() -> get(browser, b, "/profile"));
        assertEquals(200, onA.get().statusCode());
        assertEquals(200, onB.get().statusCode());
        assertEquals(refreshes + 1, refreshGrants(), "one refresh for the session, on one member");
        assertSignedIn(browser, a, "Jane Reader");
        assertSignedIn(browser, b, "Jane Reader");
    }

    /** A grant Logto ended (revoked in the Console, a session deleted through the API): signed out at the recheck. */
    @Test
    void aGrantEndedAtLogtoSignsTheUserOutWithinTheRecheckInterval() throws InterruptedException {
        Browserless browser = new Browserless();
        signIn(browser, b, b, "kakao");
        logto.faults().refreshTokensInvalid(true);
        try {
            Thread.sleep(RECHECK.plusSeconds(1).toMillis());
            assertEquals(200, get(browser, a, "/profile").statusCode(), "the page in flight keeps the state it has");
            assertSignedOut(browser, b);
        } finally {
            logto.faults().refreshTokensInvalid(false);
        }
    }

    /** Member B logs JSON: the app's own line about a refused callback carries the page's request id as a field. */
    @Test
    void aRefusedCallbacksRequestIdIsInItsLogLineAndInItsTraceWhichTheLineNames() throws Exception {
        Browserless forger = new Browserless();
        assertEquals(302, get(forger, b, "/sign-in").statusCode());
        int logFrom = b.logLines();
        HttpResponse<String> refused = get(forger, b, "/callback?code=forged-code-value&state=forged-state-value");
        assertEquals(400, refused.statusCode(), refused::body);
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"request-id\">([0-9a-f]+)<").matcher(refused.body());
        assertTrue(shown.find(), refused::body);
        String requestId = shown.group(1);
        String line = b.logSince(logFrom).stream().filter(logged -> logged.contains("[request " + requestId + "]"))
                .findFirst().orElseThrow(() -> new AssertionError("no log line for request " + requestId));
        Map<String, Object> json = com.nimbusds.jose.util.JSONObjectUtils.parse(line);
        assertEquals(requestId, json.get("ext_requestId"), line);
        assertEquals("dev.bookstore.auth.boundary.SignInProblemPage", json.get("module"), line);
        assertEquals("WARNING", json.get("loglevel"), line);

        OtlpTraceReceiver.ReceivedSpan callback = traces.await("B's callback span of request " + requestId,
                span -> span.name().equals("sign-in callback") && requestId.equals(span.attribute("bookstore.request_id")));
        assertEquals("bookstore-b", callback.service());
        assertEquals("failed", callback.attribute("bookstore.outcome"));
        assertEquals(callback.traceId(), json.get("ext_traceId"), "the log line leads to the trace: " + line);
        OtlpTraceReceiver.ReceivedSpan libertys = traces.await("Liberty's span of that callback",
                span -> span.name().equals("GET /callback") && span.parentSpanId().equals(callback.spanId()));
        assertEquals("code=REDACTED&state=REDACTED", libertys.attribute("url.query"));
    }

    @Test
    void aSignInStartedOnAAndCompletedOnBIsOneTraceWithSpansForTheCallbackAndEachCallToLogto() throws Exception {
        // The trace a gateway in front of the members would have begun: the sign-in continues it.
        String trace = java.util.UUID.randomUUID().toString().replace("-", "");
        String gatewaySpan = "00f067aa0ba902b7";
        signIn(new Browserless(), a, b, "kakao", "traceparent", "00-" + trace + "-" + gatewaySpan + "-01");
        OtlpTraceReceiver.ReceivedSpan callback = traces.await("B's span of the completed callback",
                span -> span.name().equals("sign-in callback") && span.traceId().equals(trace));
        assertEquals("signed_in", callback.attribute("bookstore.outcome"));
        OtlpTraceReceiver.ReceivedSpan start = traces.await("A's sign-in start in that trace",
                span -> span.spanId().equals(callback.parentSpanId()));
        assertEquals("sign-in start", start.name());
        assertEquals("bookstore-a", start.service());
        assertEquals(trace, start.traceId());
        OtlpTraceReceiver.ReceivedSpan signInPage = traces.await("Liberty's span of A's /sign-in",
                span -> span.spanId().equals(start.parentSpanId()));
        assertEquals("GET /sign-in", signInPage.name());
        assertEquals(gatewaySpan, signInPage.parentSpanId());
        assertEquals("bookstore-b", callback.service());
        OtlpTraceReceiver.ReceivedSpan exchange = traces.await("the code exchange under the callback",
                span -> span.name().equals("code exchange") && span.parentSpanId().equals(callback.spanId()));
        assertEquals("redeemed", exchange.attribute("bookstore.outcome"));
        assertEquals("bookstore-b", exchange.service());
        OtlpTraceReceiver.ReceivedSpan token = traces.await("the call to Logto's token endpoint",
                span -> span.name().equals("POST logto token") && span.parentSpanId().equals(exchange.spanId()));
        assertEquals("CLIENT", token.kind().replace("SPAN_KIND_", ""));
        assertEquals("200", token.attribute("http.response.status_code"));
        traces.await("the userinfo call, in the sign-in's trace",
                span -> span.name().equals("GET logto userinfo") && span.traceId().equals(trace));
        traces.await("Liberty's span of the callback request, in the sign-in's trace",
                span -> span.name().equals("GET /callback") && span.parentSpanId().equals(callback.spanId()));
    }

    /**
     * No span the members export (Liberty's and the app's) carries an authorization code, a query value, a user's id
     * or email, or a token: this scenario makes a sign-in across members, API calls, a sign-out, a refused callback,
     * a back-channel logout and a webhook, then reads them with every other span received so far. Once the members
     * have stopped, {@link #stopTheCluster()} reads every span of the class again, whichever scenarios ran after.
     */
    @Test
    void noSpanCarriesACodeAQueryValueAUserOrAToken() throws Exception {
        Browserless kakao = new Browserless();
        signIn(kakao, a, b, "kakao");
        assertEquals(200, get(kakao, b, "/shelf").statusCode(), "an API token, then the API");
        assertEquals(302, post(kakao, a, "/sign-out", "Origin", baseUrl).statusCode());
        Browserless forger = new Browserless();
        assertEquals(302, get(forger, b, "/sign-in").statusCode());
        assertEquals(400, get(forger, b, "/callback?code=forged-code-value&state=forged-state-value").statusCode());
        logto.backchannelLogoutUri(a.url("/backchannel-logout"));
        try {
            Browserless admin = new Browserless();
            signIn(admin, b, b, "admin");
            int delivered = logto.deliveredLogoutTokens().size();
            admin.get(logto.endpoint() + "/oidc/session/end?client_id=" + ItSettings.CLIENT_ID);
            assertEquals(delivered + 1, logto.deliveredLogoutTokens().size(), "a back-channel logout to member A");
        } finally {
            logto.backchannelLogoutUri(null);
        }
        try {
            signIn(new Browserless(), b, b, "reader");
            int delivered = logto.console().webhookDeliveries().size();
            logto.console().suspendUser("reader");
            assertEquals(delivered + 1, logto.console().webhookDeliveries().size(), "a webhook to member A");
        } finally {
            logto.console().restoreUsers();
        }
        awaitEverySpanEndedSoFar();
        assertFalse(callbackCodes.isEmpty());
        assertNoSpanCarriesACodeAQueryValueAUserOrAToken(traces.spans());
    }

    /**
     * A member sends its spans in the order they ended: once the span of a request made now arrives, all before it
     * have. (Not the home page, which signed-out visitors get from a cache, before any span begins.)
     */
    private void awaitEverySpanEndedSoFar() throws InterruptedException {
        for (ClusterMember member : List.of(a, b)) {
            String trace = java.util.UUID.randomUUID().toString().replace("-", "");
            assertEquals(302, get(new Browserless(), member, "/sign-in", "traceparent", "00-" + trace + "-00f067aa0ba902b7-01").statusCode());
            traces.await("the span of a request to " + member.url("/sign-in") + " made after the others",
                    span -> span.traceId().equals(trace));
        }
    }

    private void assertNoSpanCarriesACodeAQueryValueAUserOrAToken(List<OtlpTraceReceiver.ReceivedSpan> spans) {
        String everything = spans.toString();
        for (String code : callbackCodes) {
            assertFalse(everything.contains(code), "an authorization code in a span");
        }
        assertFalse(everything.contains("forged-code-value") || everything.contains("forged-state-value"), "a query value in a span");
        for (var user : dev.bookstore.devprovider.DemoUsers.all()) {
            assertFalse(everything.contains(user.subject()), "a user id in a span");
            if (user.email() != null) {
                assertFalse(everything.contains(user.email()), "an email in a span");
            }
        }
        assertFalse(java.util.regex.Pattern.compile("eyJ[A-Za-z0-9_-]{8,}").matcher(everything).find(), "a JWT in a span");
    }

    private int refreshGrants() {
        return (int) logto.requests("/oidc/token").stream()
                .filter(request -> "refresh_token".equals(request.parameter("grant_type"))).count();
    }

    @Test
    void aMemberStoppedBySigtermLogsNoErrorAndItsSessionsLiveOnOnB() throws Exception {
        Browserless browser = new Browserless();
        signIn(browser, a, a, "kakao");
        int logFrom = a.logLines();
        long incidents = a.incidents();
        a.terminate();
        List<String> errors = a.logSince(logFrom).stream()
                .filter(line -> line.contains(" E ") || line.contains(" W ") || line.contains("FFDC1015I")).toList();
        assertEquals(List.of(), errors, "SIGTERM stops the member cleanly");
        assertEquals(incidents, a.incidents(), "no FFDC incident");
        assertSignedIn(browser, b, "김민지");
        a.start();
        assertSignedIn(browser, a, "김민지");
    }

    /** Member A stays down: {@link #bothMembersRunning()} starts it again for the next scenario, if any. */
    @Test
    void whenADiesBKeepsServingItsSessions() throws Exception {
        Browserless browser = new Browserless();
        signIn(browser, a, a, "kakao");
        Browserless other = new Browserless();
        signIn(other, a, a, "reader");
        assertSignedIn(browser, b, "김민지");
        a.kill();
        assertSignedIn(browser, b, "김민지");
        assertEquals(200, get(browser, b, "/shelf").statusCode());
        assertSignedIn(other, b, "Jane Reader");
    }
}
