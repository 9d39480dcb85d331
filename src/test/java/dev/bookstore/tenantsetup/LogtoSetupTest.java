package dev.bookstore.tenantsetup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.bookstore.devprovider.LogtoDouble;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set-up command against an empty local Logto (a fresh tenant with only the Management API app), over HTTP. */
class LogtoSetupTest {

    @TempDir
    Path directory;

    private LogtoDouble logto;
    private Map<String, String> environment;
    private String output;

    @BeforeEach
    void freshTenant() {
        logto = LogtoDouble.startEmpty("127.0.0.1", 0, "m2m-setup", "m2m-secret");
        environment = new HashMap<>(Map.of("LOGTO_ENDPOINT", logto.endpoint(), "LOGTO_M2M_APP_ID", "m2m-setup",
                "LOGTO_M2M_APP_SECRET", "m2m-secret", "APP_BASE_URL", "http://localhost:19680",
                "SETUP_ENV_FILE", directory.resolve("bookstore-logto.env").toString()));
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    private int run(String... arguments) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = new LogtoSetup(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(environment, arguments);
        output = printed.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void aFirstRunCreatesEverythingAndASecondFindsItUnchanged() throws IOException {
        assertEquals(0, run(), output);
        assertTrue(output.contains("create     application 'Bookstore'"), output);
        assertTrue(output.contains("create     API resource https://api.bookstore.example"), output);
        assertTrue(output.contains("create     role admin") && output.contains("create     role reader"), output);
        assertTrue(output.contains("create     organization permission manage:club-shelf (book clubs: organizers manage a"
                + " club's shelf)\n") && output.contains("create     organization role organizer: with manage:club-shelf")
                && output.contains("create     organization role member: without permissions"), output);
        assertEquals(0, run(), output);
        assertFalse(output.contains("create ") || output.contains("update "), output);
        assertTrue(output.contains("unchanged  application 'Bookstore'"), output);
        assertTrue(output.contains("unchanged  organization permission manage:club-shelf (book clubs: organizers manage a"
                + " club's shelf)\n") && output.contains("unchanged  organization role organizer\n")
                && output.contains("unchanged  organization role member\n"), output);
    }

    @Test
    void theAppsSettingsAreWrittenForItsOwnerOnlyAndNeverPrinted() throws IOException {
        assertEquals(0, run(), output);
        Path file = directory.resolve("bookstore-logto.env");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        Properties settings = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            settings.load(reader);
        }
        assertEquals(logto.endpoint(), settings.getProperty("LOGTO_ENDPOINT"));
        assertEquals("http://localhost:19680", settings.getProperty("APP_BASE_URL"));
        assertEquals(32, settings.getProperty("LOGTO_APP_SECRET").length());
        assertEquals(32, settings.getProperty("LOGTO_WEBHOOK_SIGNING_KEY").length());
        assertEquals("urn:logto:scope:organizations,urn:logto:scope:organization_roles,manage:club-shelf",
                settings.getProperty("LOGTO_SCOPES"), "Logto grants an organization permission only when asked for");
        assertFalse(output.contains(settings.getProperty("LOGTO_WEBHOOK_SIGNING_KEY")), output);
        assertFalse(output.contains(settings.getProperty("LOGTO_APP_SECRET")), output);
        assertTrue(output.contains(settings.getProperty("LOGTO_APP_ID")), "the app id is no secret: " + output);
    }

    @Test
    void aDryRunPrintsThePlanAndChangesNothing() {
        assertEquals(0, run("--dry-run"), output);
        assertTrue(output.contains("create     application 'Bookstore'") && output.contains("nothing was changed"), output);
        assertFalse(Files.exists(directory.resolve("bookstore-logto.env")));
        assertEquals(0, run("--dry-run"), output);
        assertTrue(output.contains("create     application 'Bookstore'"), "still nothing there: " + output);
    }

    @Test
    void withKakaoKeysTheConnectorIsMadeAndEnabledForSocialSignIn() {
        environment.put("KAKAO_REST_API_KEY", "kakao-rest-key-1");
        assertEquals(0, run(), output);
        assertTrue(output.contains("create     Kakao connector") && output.contains("update     sign-in experience"), output);
        assertFalse(output.contains("kakao-rest-key-1"), "the key is not printed: " + output);
        assertEquals(0, run(), output);
        assertTrue(output.contains("unchanged  Kakao connector") && output.contains("unchanged  sign-in experience"), output);
        environment.put("KAKAO_REST_API_KEY", "kakao-rest-key-2");
        environment.put("KAKAO_CLIENT_SECRET", "kakao-client-secret");
        assertEquals(0, run(), output);
        assertTrue(output.contains("update     Kakao connector") && output.contains("clientId, clientSecret"), output);
    }

    @Test
    void wrongCredentialsAreNamed() {
        environment.put("LOGTO_M2M_APP_SECRET", "wrong");
        assertEquals(3, run(), output);
        assertTrue(output.contains("invalid_client") && output.contains("LOGTO_M2M_APP_SECRET"), output);
    }

    @Test
    void anAppWithoutTheManagementRoleIsToldWhichRoleToAssign() {
        logto.console().machineToMachineApp("m2m-plain", "plain-secret", false);
        environment.put("LOGTO_M2M_APP_ID", "m2m-plain");
        environment.put("LOGTO_M2M_APP_SECRET", "plain-secret");
        assertEquals(3, run(), output);
        assertTrue(output.contains("Logto Management API access"), output);
    }

    @Test
    void anUnreachableLogtoOrOneThatIsNotALogtoIsSaidSo() throws IOException {
        environment.put("LOGTO_ENDPOINT", "http://127.0.0.1:1");
        assertEquals(3, run(), output);
        assertTrue(output.contains("unreachable at http://127.0.0.1:1"), output);
        HttpServer notLogto = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notLogto.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        notLogto.start();
        try {
            environment.put("LOGTO_ENDPOINT", "http://127.0.0.1:" + notLogto.getAddress().getPort());
            assertEquals(3, run(), output);
            assertTrue(output.contains("is not a Logto endpoint") && output.contains("LOGTO_ENDPOINT"), output);
        } finally {
            notLogto.stop(0);
        }
    }

    @Test
    void aBaseUrlThatIsNotAbsoluteHttpIsBadInput() {
        environment.put("APP_BASE_URL", "books.example.com");
        assertEquals(2, run(), output);
        assertTrue(output.contains("APP_BASE_URL must be an absolute http(s) URL"), output);
    }
}
