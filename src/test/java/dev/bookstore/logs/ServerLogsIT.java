package dev.bookstore.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other IT (its own failsafe execution) and reads everything the IT servers logged:
 * messages, console, traces and FFDC incidents. No secret, token, code or cookie value may be there, not one line
 * excepted: a refused ID token never reaches Liberty's mechanism (CodeRelay), whose CWWKS2504E would quote it.
 */
class ServerLogsIT {

    private static final Path SERVERS = Path.of(System.getProperty("wlp.home", "target/liberty/wlp"), "usr/servers");
    /** The IT server and the two members of the cluster IT. */
    private static final List<String> SERVERS_OF_THE_RUN = List.of("it", "cluster-a", "cluster-b");

    private static final Map<String, Pattern> SECRETS = Map.of(
            "the client secret", Pattern.compile(Pattern.quote(System.getProperty("it.client.secret", "it-secret-not-for-production"))),
            "a JWT (ID or access token)", Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}"),
            "a bearer token", Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/-]{16,}"),
            "an authorization code", Pattern.compile("[?&\\s]code=[A-Za-z0-9._~-]{16,}"),
            "a token parameter", Pattern.compile("(?i)(access_token|refresh_token|id_token|logout_token)[\"']?\\s*[=:]\\s*[\"']?[A-Za-z0-9._~-]{16,}"),
            "a cookie value", Pattern.compile("(BOOKSTORE_SSO|BOOKSTORE_SESSION|LtpaToken2|JSESSIONID|_logto_local_session)=[A-Za-z0-9._~+/:-]{8,}"));

    @Test
    void theServerLogsHoldNoSecretTokenCodeOrCookie() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String server : SERVERS_OF_THE_RUN) {
            Path logs = SERVERS.resolve(server).resolve("logs");
            assertTrue(Files.isDirectory(logs), "no server logs under " + logs + ": the ITs did not run");
            try (Stream<Path> walk = Files.walk(logs)) {
                files.addAll(walk.filter(Files::isRegularFile).toList());
            }
        }
        List<String> findings = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            for (int number = 0; number < lines.size(); number++) {
                String line = lines.get(number);
                for (Map.Entry<String, Pattern> secret : SECRETS.entrySet()) {
                    if (secret.getValue().matcher(line).find()) {
                        findings.add(secret.getKey() + " in " + SERVERS.relativize(file) + " line " + (number + 1));
                    }
                }
            }
        }
        System.out.printf("Scanned %d server log files for secrets, tokens, codes and cookies%n", files.size());
        assertEquals(List.of(), findings);
    }
}
