package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LogtoDouble;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a newcomer does first, on a clean copy of the committed tree (no target/, nothing left by another
 * build): the README's run command, exactly as the README writes it. With no Logto configured, the built-in
 * one signs the Kakao demo user in, in a real browser. Then "Using a real Logto", as written: the set-up command
 * prepares an empty tenant (its only app the machine-to-machine one), a second run changes nothing, and the run
 * command with the settings it wrote signs a reader in there, shows the shelf (the API resource exists) and is
 * signed out by Logto's back-channel logout, and by the webhook the set-up made when an admin suspends the user.
 */
class ReadmeFirstRunIT {

    private static final URI APP = URI.create("http://localhost:9080/");
    private static final int OTHER_PROVIDER_PORT = Integer.getInteger("it.readme.provider.port", 19481);
    private static final String[] LOGTO_SETTINGS = {"LOGTO_ENDPOINT", "LOGTO_APP_ID", "LOGTO_APP_SECRET", "APP_BASE_URL",
        "BOOKSTORE_API_RESOURCE", "LOGTO_KAKAO_TARGET", "LOGTO_M2M_APP_ID", "LOGTO_M2M_APP_SECRET", "KAKAO_REST_API_KEY"};
    private static final Duration FIRST_START = Duration.ofMinutes(8);

    private static Path copy;
    private static String readme;
    private static String runCommand;
    private static String setupCommand;
    private static String configuredRunCommand;

    @BeforeAll
    static void cleanCopy() throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("it.project.dir", "."));
        readme = Files.readString(project.resolve("README.md"));
        runCommand = runCommand(readme);
        setupCommand = realLogtoCommand(readme, "-Plogto-setup");
        configuredRunCommand = realLogtoCommand(readme, "liberty:run");
        Path work = Path.of(System.getProperty("it.readme.dir", "target/readme-run"));
        ClusterMember.deleteRecursively(work);
        copy = CleanCopy.of(project, work.resolve("bookstore"));
        assertFalse(Files.exists(copy.resolve("target")), "a clean copy has no build output");
    }

    @AfterAll
    static void portsAreFree() {
        assertFalse(listening(9080), "the app was stopped");
        assertFalse(listening(3001), "the built-in provider was stopped");
    }

    @Test
    void theReadmesRunCommandServesTheAppOnTheBuiltInLogtoThenOnTheConfiguredOne() throws Exception {
        String persistedTitle = "Kept across restarts " + UUID.randomUUID().toString().substring(0, 8);
        try (ReadmeCommand run = ReadmeCommand.start(runCommand, copy, copy.resolve("../first-run.log"), Map.of(), LOGTO_SETTINGS)) {
            run.awaitServing(APP, FIRST_START);
            everySeriesTheDashboardAndTheAlertsUseIsServedBeforeAnySignIn();
            assertTrue(run.output().contains("Signing in through the built-in local Logto at http://127.0.0.1:3001"), "start-up says which Logto");
            kakaoDemoUserSignsInSeesHerOrganizationAndSignsOut();
            anAdminAddsABook(persistedTitle);
            theReadmesMetricsCommandShowsTheSignIns();
        }

        String endpoint = "http://127.0.0.1:" + OTHER_PROVIDER_PORT;
        Map<String, String> setupSettings = Map.of("LOGTO_ENDPOINT", endpoint, "LOGTO_M2M_APP_ID", "readme-it-setup",
                "LOGTO_M2M_APP_SECRET", "readme-it-setup-secret", "APP_BASE_URL", APP.toString());
        try (LogtoDouble emptyTenant = LogtoDouble.startEmpty("127.0.0.1", OTHER_PROVIDER_PORT, "readme-it-setup",
                "readme-it-setup-secret")) {
            String firstSetup = ReadmeCommand.runToEnd(setupCommand, copy, copy.resolve("../setup.log"), setupSettings,
                    Duration.ofMinutes(4), LOGTO_SETTINGS);
            assertTrue(firstSetup.contains("create     application 'Bookstore'") && firstSetup.contains("create     role reader"), firstSetup);
            assertTrue(firstSetup.contains("create     organization permission manage:club-shelf")
                    && firstSetup.contains("create     organization role organizer"), "the book clubs' template: " + firstSetup);
            String settingsFile = Files.readString(copy.resolve("bookstore-logto.env"));
            String secret = settingsFile.lines().filter(line -> line.startsWith("LOGTO_APP_SECRET=")).findFirst().orElseThrow();
            assertFalse(firstSetup.contains(secret.substring("LOGTO_APP_SECRET=".length())), "the secret is never printed");
            String secondSetup = ReadmeCommand.runToEnd(setupCommand, copy, copy.resolve("../setup-again.log"), setupSettings,
                    Duration.ofMinutes(2), LOGTO_SETTINGS);
            assertFalse(secondSetup.contains("create ") || secondSetup.contains("update "), "all unchanged: " + secondSetup);
            assertTrue(secondSetup.contains("unchanged  organization role organizer"), secondSetup);

            try (ReadmeCommand run = ReadmeCommand.start(configuredRunCommand, copy, copy.resolve("../configured-run.log"),
                    Map.of(), LOGTO_SETTINGS)) {
                run.awaitServing(APP, Duration.ofMinutes(4));
                assertTrue(run.output().contains("Signing in through Logto at " + endpoint), "start-up names the configured Logto");
                assertFalse(run.output().contains(secret.substring("LOGTO_APP_SECRET=".length())), "the secret is never printed");
                assertFalse(listening(3001), "no built-in provider when a Logto is configured");
                readerSignsInReadsTheShelfAndIsSignedOutByLogto(emptyTenant, persistedTitle);
            }
        }
    }

    /**
     * A fresh server, its home page served and nothing else done: every series the dashboard and the alerts select is
     * already there (at zero), so neither sees a gap where a count has not happened yet.
     */
    private static void everySeriesTheDashboardAndTheAlertsUseIsServedBeforeAnySignIn() throws Exception {
        String metrics = readmesMetricsCommand();
        // On a first start, /metrics over https can answer empty for a moment after the app's first page.
        for (int wait = 0; !metrics.contains("mp_scope=\"application\"") && wait < 30; wait++) {
            Thread.sleep(1000);
            metrics = readmesMetricsCommand();
        }
        String served = metrics;
        List<OpsFiles.Series> missing = OpsFiles.seriesUsed().stream().filter(series -> !series.servedIn(served)).toList();
        assertTrue(missing.isEmpty(), "not served at start-up: " + missing + "\n" + served);
    }

    /** The "Operations" section's curl command, run as written, after the sign-ins above. */
    private static void theReadmesMetricsCommandShowsTheSignIns() throws IOException, InterruptedException {
        String metrics = readmesMetricsCommand();
        Matcher completed = Pattern.compile("(?m)^bookstore_sign_in_duration_seconds_count(\\{[^}]*\\})? ([0-9.]+)$").matcher(metrics);
        double signIns = 0;
        while (completed.find()) {
            signIns += Double.parseDouble(completed.group(2));
        }
        assertTrue(signIns >= 2, "the sign-ins above are counted: " + metrics);
    }

    private static String readmesMetricsCommand() throws IOException, InterruptedException {
        Matcher command = Pattern.compile("`(curl [^`]*/metrics[^`]*)`").matcher(readme);
        assertTrue(command.find(), "the README shows how to read the metrics");
        // Only what curl writes out: its progress meter goes to stderr, and mixed in it once split a line of metrics.
        Process curl = new ProcessBuilder("bash", "-c", command.group(1)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String metrics = new String(curl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, curl.waitFor(), metrics);
        return metrics;
    }

    private static void kakaoDemoUserSignsInSeesHerOrganizationAndSignsOut() throws IOException {
        inChromium((browser, wait) -> {
            browser.get(APP.toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-kakao"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("kakao-agree"))).click();
            assertEquals("김민지", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name"))).getText());

            browser.get(APP.resolve("/organizations").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("organizations-page-heading")));
            assertTrue(browser.getPageSource().contains("서울 독서 모임"), "she is a member of 서울 독서 모임");
            browser.get(APP.resolve("/profile").toString());
            assertEquals("김민지", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name"))).getText());
            assertTrue(browser.findElement(By.id("organization-org-seoul-readers")).isDisplayed());

            wait.until(ExpectedConditions.elementToBeClickable(By.id("header-sign-out"))).click();
            assertEquals("Not signed in", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText());
        });
    }

    private static void anAdminAddsABook(String title) throws IOException {
        inChromium((browser, wait) -> {
            browser.get(APP.resolve("/shelf").toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-as-admin"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("book-title"))).sendKeys(title);
            browser.findElement(By.id("book-author")).sendKeys("A. Persistent");
            browser.findElement(By.id("add-book-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("book-added")));
        });
    }

    private static void readerSignsInReadsTheShelfAndIsSignedOutByLogto(LogtoDouble logto, String persistedTitle)
            throws IOException {
        inChromium((browser, wait) -> {
            browser.get(APP.toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-as-reader"))).click();
            assertEquals("Jane Reader", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name"))).getText());
            assertEquals(1, logto.requests("/oidc/token").stream()
                    .filter(request -> "authorization_code".equals(request.parameter("grant_type"))).count(),
                    "the code was redeemed at the configured Logto");

            browser.get(APP.resolve("/shelf").toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shelf-heading")));
            assertTrue(browser.findElements(By.id("shelf-problem")).isEmpty(), "the shelf works: " + browser.getPageSource());
            assertTrue(browser.findElement(By.id("books")).getText().contains(persistedTitle),
                    "the book added before the restart is still in the catalog");

            browser.get(logto.endpoint() + "/oidc/session/end"); // signed out at Logto, not through the app
            assertEquals(1, logto.deliveredLogoutTokens().size(), "Logto sent the app a back-channel logout");
            browser.get(APP.toString());
            assertEquals("Not signed in", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText());

            // The webhook the set-up made: an admin suspends the reader in Logto, and the app signs her out.
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-as-reader"))).click();
            assertEquals("Jane Reader", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name"))).getText());
            logto.console().suspendUser("reader");
            browser.get(APP.toString());
            assertEquals("Not signed in", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status"))).getText());
        });
    }

    private static void inChromium(BiConsumer<WebDriver, WebDriverWait> steps) throws IOException {
        WebDriver browser = HeadlessChromium.start();
        try {
            steps.accept(browser, new WebDriverWait(browser, Duration.ofSeconds(30)));
        } finally {
            browser.quit();
        }
    }

    /** The first command of the README's first code block that runs the app. */
    static String runCommand(String readme) {
        Matcher block = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README starts with a bash block");
        return block.group(1).lines().map(line -> line.replaceFirst("\\s+#.*$", "").strip())
                .filter(line -> line.contains("liberty:run")).findFirst()
                .orElseThrow(() -> new AssertionError("the README's first block has no liberty:run command"));
    }

    /** The command of the README's "Using a real Logto" section that contains {@code marker}. */
    static String realLogtoCommand(String readme, String marker) {
        String section = readme.substring(readme.indexOf("## Using a real Logto"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        Matcher blocks = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (blocks.find()) {
            String command = blocks.group(1).strip();
            if (command.contains(marker)) {
                return command;
            }
        }
        throw new AssertionError("the README's \"Using a real Logto\" has no command with " + marker);
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
