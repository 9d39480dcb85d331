package dev.bookstore.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the image without a Docker engine: it is built from pinned bases, runs the Liberty and
 * the JVM the tests run, carries no key, and is health-checked on the app's real readiness path and port.
 */
class DockerfileTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));

    private static String read(String file) throws IOException {
        return Files.readString(PROJECT.resolve(file));
    }

    private static List<String> fromTags() throws IOException {
        return read("Dockerfile").lines().filter(line -> line.startsWith("FROM ")).map(line -> line.split("\\s+")[1]).toList();
    }

    @Test
    void everyBaseImageIsPinnedToAJvmReleaseOfTheJavaTheBuildTargets() throws IOException {
        String release = pomProperty("maven.compiler.release");
        List<String> tags = fromTags();
        assertEquals(2, tags.size(), "a build stage and a runtime stage");
        for (String tag : tags) {
            assertTrue(tag.matches("eclipse-temurin:" + release + "\\.\\d+\\.\\d+_\\d+-(jdk|jre)-[a-z]+"), tag + " is not pinned to a Temurin " + release + " release");
        }
    }

    @Test
    void theImageRunsTheLibertyRuntimeOfThePomInstalledByTheWrapper() throws IOException {
        String dockerfile = read("Dockerfile");
        assertTrue(dockerfile.contains("./mvnw -B -q -Dmaven.test.skip=true dependency:resolve liberty:install-server"),
                "the runtime comes from the pom's runtimeArtifact (" + pomProperty("liberty.runtime.version") + "), installed by the wrapper");
        assertTrue(dockerfile.contains("COPY --from=build --chown=1001:0 /build/target/liberty/wlp /opt/ol/wlp"));
        assertFalse(Pattern.compile("(?m)^RUN .*\\bmvn ").matcher(dockerfile).find(), "no floating Maven: the wrapper pins it");
        assertFalse(dockerfile.contains("icr.io/appcafe"), "not a floating official image with another Liberty and JVM");
    }

    @Test
    void noKeyKeystorePasswordOrLtpaFileIsBakedIn() throws IOException {
        String dockerfile = read("Dockerfile");
        assertFalse(dockerfile.contains("resources/security"), "nothing under resources/security is copied");
        assertFalse(dockerfile.contains("configure.sh") || dockerfile.contains("server start"), "no server start during the build");
        try (Stream<Path> files = Files.walk(PROJECT.resolve("liberty"))) {
            List<String> keys = files.map(Path::toString)
                    .filter(name -> name.matches(".*(\\.p12|\\.jks|ltpa\\.keys|keystore\\.xml|server\\.env)$")).toList();
            assertEquals(List.of(), keys, "the server configuration the image copies holds no key or password");
        }
        String start = read("src/main/docker/start-server.sh");
        assertTrue(start.contains("if [ ! -e \"$defaults/keystore.xml\" ]"), "a container makes its own keystore password once");
        assertTrue(start.contains("/dev/urandom"));
        assertTrue(dockerfile.contains("CMD [\"/opt/ol/start-server.sh\"]"));
    }

    @Test
    void theHealthCheckAsksTheAppsReadinessOnItsHttpPort() throws IOException {
        String dockerfile = read("Dockerfile");
        int port = ServerXml.httpPort(PROJECT);
        assertTrue(dockerfile.contains("curl -fsS -o /dev/null http://127.0.0.1:" + port + "/health/ready"), "HEALTHCHECK on readiness");
        assertTrue(dockerfile.contains("EXPOSE " + port + " 5701"));
        assertTrue(dockerfile.contains("USER 1001"));
    }

    @Test
    void theBuildContextLeavesOutBuildOutput() throws IOException {
        List<String> ignored = read(".dockerignore").lines().map(String::strip).toList();
        assertTrue(ignored.contains("target/") && ignored.contains(".git/"), ignored::toString);
    }

    private static String pomProperty(String name) throws IOException {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(read("pom.xml"));
        assertTrue(value.find(), name);
        return value.group(1);
    }
}
