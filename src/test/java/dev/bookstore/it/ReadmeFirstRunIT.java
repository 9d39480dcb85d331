package dev.bookstore.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookstore.devprovider.LocalLogto;
import dev.bookstore.devprovider.LocalLogtoClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
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
 * one signs the Kakao demo user in, in a real browser; then the same copy, started again with LOGTO_* naming
 * another provider, signs in there and not at the built-in one.
 */
class ReadmeFirstRunIT {

    private static final URI APP = URI.create("http://localhost:9080/");
    private static final int OTHER_PROVIDER_PORT = Integer.getInteger("it.readme.provider.port", 19481);
    private static final String[] LOGTO_SETTINGS = {"LOGTO_ENDPOINT", "LOGTO_APP_ID", "LOGTO_APP_SECRET"};
    private static final Duration FIRST_START = Duration.ofMinutes(8);

    private static Path copy;
    private static String runCommand;

    @BeforeAll
    static void cleanCopy() throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("it.project.dir", "."));
        runCommand = runCommand(Files.readString(project.resolve("README.md")));
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
        try (ReadmeCommand run = ReadmeCommand.start(runCommand, copy, copy.resolve("../first-run.log"), Map.of(), LOGTO_SETTINGS)) {
            run.awaitServing(APP, FIRST_START);
            assertTrue(run.output().contains("Signing in through the built-in local Logto at http://127.0.0.1:3001"), "start-up says which Logto");
            kakaoDemoUserSignsInSeesHerOrganizationAndSignsOut();
        }

        LocalLogtoClient client = new LocalLogtoClient("readme-it-app", "readme-it-secret-not-for-production",
                Set.of(APP.resolve("/callback").toString()), Set.of(APP.toString()));
        try (LocalLogto other = LocalLogto.start("127.0.0.1", OTHER_PROVIDER_PORT, client);
             ReadmeCommand run = ReadmeCommand.start(runCommand, copy, copy.resolve("../configured-run.log"), Map.of(
                     "LOGTO_ENDPOINT", "http://127.0.0.1:" + OTHER_PROVIDER_PORT, "LOGTO_APP_ID", "readme-it-app",
                     "LOGTO_APP_SECRET", "readme-it-secret-not-for-production"))) {
            run.awaitServing(APP, Duration.ofMinutes(4));
            assertTrue(run.output().contains("Signing in through Logto at http://127.0.0.1:" + OTHER_PROVIDER_PORT
                    + " as app readme-it-app"), "start-up names the configured Logto");
            assertFalse(run.output().contains("readme-it-secret"), "the secret is never printed");
            assertFalse(listening(3001), "no built-in provider when a Logto is configured");
            readerSignsInAt(other);
        }
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

    private static void readerSignsInAt(LocalLogto other) throws IOException {
        inChromium((browser, wait) -> {
            browser.get(APP.toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in-as-reader"))).click();
            assertEquals("Jane Reader", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name"))).getText());
            assertEquals(1, other.requests("/oidc/token").stream()
                    .filter(request -> "authorization_code".equals(request.parameter("grant_type"))).count(),
                    "the code was redeemed at the configured Logto");
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

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
