package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bookstore.devprovider.LogtoDouble;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The members that DEPLOY.md's steps set up, as users and clients reach them: through the load balancer, or one
 * member picked by the test with the Host users typed (what the load balancer sends), to tell the members apart.
 */
final class DocMembers {

    /** The app and the built-in Logto as the document's step 4 registers them. */
    static final ProviderTokens.App APP = new ProviderTokens.App("http://127.0.0.1:3001", LogtoDouble.DEFAULT_API_RESOURCE,
            "bookstore-local", "local-secret-not-for-production");
    private static final String HOST = URI.create(DocDeployment.LOAD_BALANCER).getAuthority();

    private DocMembers() {
    }

    /** By the name users' cookies are kept under, so that a browser sends them to either member as to the load balancer. */
    static String url(String member, String path) {
        return "http://localhost:" + DocDeployment.MEMBERS.get(member) + path;
    }

    static HttpResponse<String> get(Browserless browser, String member, String path, String... headers) {
        return browser.getWith(url(member, path), withHost(headers));
    }

    static HttpResponse<String> post(Browserless browser, String member, String path, String... headers) {
        return browser.post(url(member, path), Map.of(), withHost(headers));
    }

    /** The whole sign-in of {@code user} through the load balancer; the callback's answer (302 home when signed in). */
    static HttpResponse<String> signIn(Browserless browser, String user) {
        HttpResponse<String> toLogto = browser.get(DocDeployment.LOAD_BALANCER + "/sign-in");
        assertEquals(302, toLogto.statusCode(), toLogto::body);
        HttpResponse<String> page = browser.follow(toLogto);
        assertEquals(200, page.statusCode(), page::body);
        HttpResponse<String> back = browser.post(page.uri().resolve("/oidc/auth/submit").toString(),
                Map.of("interaction", Browserless.inputValue(page.body(), "interaction"), "user", user));
        return browser.follow(back);
    }

    /** An access token for the Bookstore API, as any client of the API gets one from the document's Logto. */
    static String apiToken(String user) throws Exception {
        return "Bearer " + ProviderTokens.accessToken(ProviderTokens.apiTokens(APP, user, DocDeployment.LOAD_BALANCER + "/callback"));
    }

    static boolean ready(String member) {
        try {
            return new Browserless().get(url(member, "/health/ready")).statusCode() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** Waits until both members are ready: how long that took, or empty when they were not within {@code atMost}. */
    static Optional<Duration> awaitReady(Duration atMost) throws InterruptedException {
        Instant start = Instant.now();
        while (!DocDeployment.MEMBERS.keySet().stream().allMatch(DocMembers::ready)) {
            if (Duration.between(start, Instant.now()).compareTo(atMost) > 0) {
                return Optional.empty();
            }
            Thread.sleep(250);
        }
        return Optional.of(Duration.between(start, Instant.now()));
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** Whether every port a member's log says it opened (CWWKO0219I) is on 127.0.0.1 only. */
    static boolean listensOnLoopbackOnly(Path messages) throws IOException {
        List<String> listening = Files.readAllLines(messages).stream().filter(line -> line.contains("CWWKO0219I")).toList();
        return !listening.isEmpty() && listening.stream().allMatch(line -> line.contains("(IPv4: 127.0.0.1)"));
    }

    private static String[] withHost(String... headers) {
        return Stream.concat(Stream.of(headers), Stream.of("Host", HOST)).toArray(String[]::new);
    }
}
