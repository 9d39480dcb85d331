package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.DemoUsers;
import dev.bookstore.devprovider.LogtoDouble;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Liberty's /metrics as a Prometheus scrape job reads it (METRICS=reader, over https with the IT server's own
 * certificate): the app's counters move by exactly what happened, and no label carries a user's id, email or token.
 */
class MetricsIT extends BookstoreIT {

    private static final String METRICS = "https://localhost:" + ItSettings.HTTPS_PORT + "/metrics?scope=application";
    private static final String READER = "Basic " + Base64.getEncoder().encodeToString(
            (ItSettings.METRICS_USER + ":" + ItSettings.METRICS_PASSWORD).getBytes(StandardCharsets.UTF_8));

    /** The IT server's certificate is its own, made at its first start: trusted here, for this test only. */
    private static HttpClient scraper() throws Exception {
        TrustManager[] trustTheItServer = {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }};
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trustTheItServer, new SecureRandom());
        return HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(METRICS)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return scraper().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String metrics() throws Exception {
        HttpResponse<String> answer = scrape(READER);
        assertEquals(200, answer.statusCode(), answer::body);
        return answer.body();
    }

    /** The value of the sample whose name and labels contain all of {@code parts}, 0 when there is none yet. */
    static double value(String metrics, String name, String... labels) {
        return metrics.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> List.of(labels).stream().allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void aSignInACancelledOneAForgedCallbackAndABackchannelLogoutAreCountedExactly(LogtoDouble logto) throws Exception {
        logto.backchannelLogoutUri(ItSettings.url("/backchannel-logout"));
        String before = metrics();

        Browserless signedIn = new Browserless();
        assertEquals(302, SignInRoundTrip.signIn(signedIn, "/sign-in", "reader").statusCode());
        Browserless cancelling = new Browserless();
        assertEquals(401, cancelling.follow(SignInRoundTrip.answerAtLogto(cancelling,
                SignInRoundTrip.start(cancelling, "/sign-in"), null)).statusCode());
        Browserless forger = new Browserless();
        SignInRoundTrip.start(forger, "/sign-in");
        assertEquals(400, forger.get(ItSettings.url("/callback?code=forged&state=forged")).statusCode());
        assertTrue(signedIn.get(logto.endpoint() + "/oidc/session/end?client_id=" + ItSettings.CLIENT_ID).statusCode() < 400);

        String after = metrics();
        assertEquals(3, delta(before, after, "bookstore_sign_ins_started_total", "intent=\"sign_in\""));
        assertEquals(1, delta(before, after, "bookstore_sign_in_duration_seconds_count"));
        assertEquals(1, delta(before, after, "bookstore_sign_ins_refused_total", "reason=\"cancelled\""));
        assertEquals(1, delta(before, after, "bookstore_sign_ins_refused_total", "reason=\"state\""));
        assertEquals(1, delta(before, after, "bookstore_backchannel_logouts_total", "outcome=\"accepted\""));
        // the sign-in's code exchange (through the relay) and its userinfo call, nothing more
        assertEquals(1, delta(before, after, "bookstore_logto_call_duration_seconds_count", "endpoint=\"token\"", "outcome=\"2xx\""));
        assertEquals(1, delta(before, after, "bookstore_logto_call_duration_seconds_count", "endpoint=\"userinfo\"", "outcome=\"2xx\""));
        assertTrue(after.contains("bookstore_logto_call_duration_seconds_bucket{"), "a histogram, with buckets");
        assertTrue(after.contains("bookstore_sessions_signed_in"), "live signed-in sessions");
    }

    @Test
    void noLabelCarriesAUsersIdEmailOrAToken() throws Exception {
        Browserless browser = new Browserless();
        SignInRoundTrip.signIn(browser, "/sign-in", "kakao");
        browser.get(ItSettings.url("/shelf"));
        String everything = scraper().send(HttpRequest.newBuilder(URI.create(METRICS.replace("?scope=application", "")))
                .header("Authorization", READER).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        for (var user : DemoUsers.all()) {
            assertFalse(everything.contains(user.subject()), "a user id in the metrics");
            if (user.email() != null) {
                assertFalse(everything.contains(user.email()), "an email in the metrics");
            }
        }
        assertFalse(Pattern.compile("eyJ[A-Za-z0-9_-]{8,}").matcher(everything).find(), "a JWT in the metrics");
        Matcher query = Pattern.compile("=\"[^\"]*\\?[^\"]*=[^\"]*\"").matcher(everything);
        assertFalse(query.find(), () -> "a label with a URL's query: " + query.group());
    }

    /** The committed dashboard and alert rules ask only for series the server serves (all registered at start). */
    @Test
    void everyMetricTheDashboardAndTheAlertsUseIsServed() throws Exception {
        String served = metrics();
        for (String file : List.of("docs/ops/grafana-dashboard.json", "docs/ops/prometheus-alerts.yml")) {
            Matcher used = Pattern.compile("bookstore_[a-z_]+").matcher(java.nio.file.Files.readString(java.nio.file.Path.of(file)));
            int names = 0;
            while (used.find()) {
                names++;
                String name = used.group();
                assertTrue(served.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " ")),
                        () -> file + " uses " + name + ", which /metrics does not serve");
            }
            assertTrue(names > 5, file);
        }
    }

    @Test
    void anAnonymousCallerReadsNothing() throws Exception {
        HttpResponse<String> anonymous = scrape(null);
        assertEquals(401, anonymous.statusCode(), anonymous::body);
        assertFalse(anonymous.body().contains("bookstore_"), anonymous::body);
        HttpResponse<String> wrong = scrape("Basic " + Base64.getEncoder().encodeToString("it-metrics:guess".getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> overHttp = new Browserless().get(ItSettings.url("/metrics"));
        assertFalse(overHttp.statusCode() == 200, "plain http: sent to https or refused, never served");
    }

    private static double delta(String before, String after, String name, String... labels) {
        return value(after, name, labels) - value(before, name, labels);
    }
}
