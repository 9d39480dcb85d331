package dev.bookstore.tenantsetup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up command over HTTP against a local Logto where other Traditional apps, made after the Bookstore's (so
 * listed before it), share its callback URI: it never takes one of them for the Bookstore's unasked.
 */
class SharedCallbackSetupTest {

    private static final String CALLBACK = "http://localhost:19680/callback";

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
                "SETUP_ENV_FILE", envFile().toString()));
    }

    @AfterEach
    void stop() {
        logto.close();
    }

    private Path envFile() {
        return directory.resolve("bookstore-logto.env");
    }

    private int run(String... arguments) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = new LogtoSetup(new PrintStream(printed, true, StandardCharsets.UTF_8)).run(environment, arguments);
        output = printed.toString(StandardCharsets.UTF_8);
        return code;
    }

    private String writtenAppId() throws IOException {
        Properties settings = new Properties();
        try (var reader = Files.newBufferedReader(envFile())) {
            settings.load(reader);
        }
        return settings.getProperty("LOGTO_APP_ID");
    }

    /** What an admin does in the Console, which uses the same Management API. */
    private ManagementCalls console() throws SetupException {
        return ManagementClient.connect(SetupInputs.read(environment));
    }

    /** @return the id of a new Traditional app with the Bookstore's callback URI */
    private String traditionalApp(String name) throws SetupException {
        return (String) console().post("/applications", Map.of("name", name, "type", "Traditional",
                "oidcClientMetadata", Map.of("redirectUris", List.of(CALLBACK), "postLogoutRedirectUris", List.of()))).get("id");
    }

    @Test
    void anotherAppSharingTheCallbackIsLeftAloneAndTheBookstoresIdIsWritten() throws Exception {
        assertEquals(0, run(), output);
        String bookstoreId = writtenAppId();
        String shopId = traditionalApp("Shop");
        Object shopBefore = console().get("/applications/" + shopId).get("oidcClientMetadata");

        assertEquals(0, run("--dry-run"), output);
        assertTrue(output.contains("check      application 'Bookstore' (" + bookstoreId + "): chosen by its name"
                + " (LOGTO_APP_NAME); left alone, though it has a redirect URI of ours too: 'Shop' (" + shopId + ")"), output);
        assertTrue(output.contains("unchanged  application 'Bookstore' (" + bookstoreId + ")"), output);
        assertFalse(output.contains("create ") || output.contains("update "), "nothing planned, for Shop least: " + output);

        assertEquals(0, run(), output);
        assertEquals(bookstoreId, writtenAppId());
        assertEquals(shopBefore, console().get("/applications/" + shopId).get("oidcClientMetadata"));
        assertEquals(0, run(), output);
        assertFalse(output.contains("create ") || output.contains("update "), output);
        assertTrue(output.contains("unchanged  application 'Bookstore' (" + bookstoreId + ")"), output);
    }

    @Test
    void appsItCannotTellApartAreRefusedUntilAppIdNamesOne() throws Exception {
        String shopId = traditionalApp("Shop");
        String booksId = traditionalApp("Books");

        assertEquals(2, run(), output);
        assertEquals(1, output.lines().count(), output);
        assertTrue(output.startsWith("logto-setup: no Traditional application is named 'Bookstore' and several have a"
                + " redirect URI of ours [" + CALLBACK + "]: 'Books' (" + booksId + "), 'Shop' (" + shopId + "); pass"
                + " --app-id <id> of the one to set up, or set LOGTO_APP_NAME to a name only it has"), output);
        assertFalse(Files.exists(envFile()));

        assertEquals(0, run("--app-id", booksId), output);
        assertTrue(output.contains("update     application 'Books' (" + booksId + ")"), output);
        assertEquals(booksId, writtenAppId());

        assertEquals(2, run("--app-id", "no-such-app"), output);
        assertTrue(output.startsWith("logto-setup: --app-id no-such-app: the tenant has no application with that id"), output);
    }
}
