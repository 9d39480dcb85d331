package dev.bookstore.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's JVM options (liberty/jvm.options, liberty/java.security) as a JVM of this JDK takes them: Bouncy
 * Castle verifies ECDSA signatures, asked for as Liberty's jose4j asks, and nothing else changes hands; without
 * its jar the JVM starts and the JDK verifies as before. The JVM runs in a server directory of its own, as Liberty
 * starts it, with the jar of the app's own version.
 */
class ServerJvmProvidersTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));

    @TempDir
    Path server;

    @Test
    void bouncyCastleVerifiesEcdsaSignaturesAndTheJdkKeepsEverythingElse() throws Exception {
        List<String> chosen = providersWith(Path.of(BouncyCastleProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        for (String algorithm : List.of("SHA256withECDSA", "SHA384withECDSA", "SHA512withECDSA")) {
            assertTrue(chosen.contains("Signature." + algorithm + " verify=BC true"), chosen::toString);
        }
        assertTrue(chosen.containsAll(List.of("Signature.SHA256withRSA=SunRsaSign", "KeyFactory.EC=SunEC", "KeyStore.PKCS12=SUN",
                "SSLContext.TLS=SunJSSE", "MessageDigest.SHA-256=SUN", "SecureRandom=SUN")), chosen::toString);
    }

    @Test
    void theJdkListsTheTwelveProvidersJavaSecurityAddsBouncyCastleAfter() throws IOException {
        long listed = Files.readAllLines(Path.of(System.getProperty("java.home"), "conf", "security", "java.security")).stream()
                .filter(line -> line.matches("security\\.provider\\.\\d+=.*")).count();
        assertEquals(12, listed, "liberty/java.security makes Bouncy Castle provider 13");
        assertTrue(Files.readAllLines(PROJECT.resolve("liberty/java.security")).contains("security.provider.13=BC"));
    }

    @Test
    void withoutTheJarTheJdkVerifiesAsBefore() throws Exception {
        List<String> chosen = providersWith(server.resolve("no-such-dir/bcprov-jdk18on.jar"));
        assertTrue(chosen.contains("Signature.SHA384withECDSA verify=SunEC true"), chosen::toString);
    }

    @Test
    void theImageAndTheBuildPutTheJarWhereTheOptionsLook() throws IOException {
        String modulePath = jvmOptions().stream().filter(option -> option.startsWith("--module-path=")).findFirst().orElseThrow()
                .substring("--module-path=".length());
        Path fromServers = Path.of("/opt/ol/wlp/usr/servers/bookstore").resolve(modulePath).normalize();
        assertEquals(Path.of("/opt/ol/wlp/usr/shared/resources/bouncycastle/bcprov-jdk18on.jar"), fromServers);
        assertTrue(Files.readString(PROJECT.resolve("Dockerfile"))
                .contains("COPY --from=build --chown=1001:0 /build/target/bouncycastle/ /opt/ol/wlp/usr/shared/resources/bouncycastle/"));
        assertTrue(Files.readString(PROJECT.resolve("pom.xml"))
                .contains("<outputDirectory>${project.build.directory}/liberty/wlp/usr/shared/resources/bouncycastle</outputDirectory>"));
    }

    private static List<String> jvmOptions() throws IOException {
        return Files.readAllLines(PROJECT.resolve("liberty/jvm.options")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** A JVM started as Liberty starts it (in the server's directory, with its options), with {@code jar} as the jar. */
    private List<String> providersWith(Path jar) throws Exception {
        Files.copy(PROJECT.resolve("liberty/java.security"), server.resolve("java.security"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : jvmOptions()) {
            command.add(option.startsWith("--module-path=") ? "--module-path=" + jar : option);
        }
        command.addAll(List.of("-cp", PROJECT.resolve("target/test-classes").toString(), JvmProviders.class.getName()));
        Process jvm = new ProcessBuilder(command).directory(server.toFile()).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jvm.waitFor(), output);
        return output.lines().toList();
    }
}
