package dev.bookstore.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DEPLOY.md's "Several members without Kubernetes", set up by the document's own blocks on a clean copy of the
 * tracked files: every block but the last run as written, in one shell, as a reader pastes them into one terminal;
 * the last one (stopping everything) on close. The test gives the reader's machine what the document asks for: a
 * PostgreSQL (Debian's, started here on 127.0.0.1) whose administrator's login is in libpq's variables.
 */
final class DocDeployment implements AutoCloseable {

    static final String SECTION = "Several members without Kubernetes";
    static final String LOAD_BALANCER = "http://localhost:8080";
    static final Map<String, Integer> MEMBERS = Map.of("member-a", 9181, "member-b", 9281);
    private static final List<Integer> PORTS = List.of(8080, 9181, 9281, 3001, 5701, 5702);
    private static final int POSTGRES_PORT = Integer.getInteger("it.deploy.postgres.port", 19532);
    private static final String ADMIN_PASSWORD = "deploy-doc-it-admin-not-secret";
    /** The reader's own settings are not taken: the document's steps must say everything a member needs. */
    private static final String[] NOT_INHERITED = {"LOGTO_ENDPOINT", "LOGTO_APP_ID", "LOGTO_APP_SECRET", "APP_BASE_URL",
        "BOOKSTORE_API_RESOURCE", "CLUSTER", "HAZELCAST_CONFIG", "LTPA_KEYS_FILE", "LTPA_KEYS_PASSWORD", "DB", "DB_URL",
        "DB_USER", "DB_PASSWORD", "PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSERVICE", "WLP_USER_DIR"};

    final Path copy;
    final LocalPostgres postgres;
    private final Path work;
    private final List<String> blocks;
    private String setUpOutput = "";

    DocDeployment() throws Exception {
        Path project = Path.of(System.getProperty("it.project.dir", "."));
        blocks = DocBlocks.bashBlocks(document(), SECTION);
        for (int port : PORTS) {
            if (DocMembers.listening(port)) {
                throw new IllegalStateException("port " + port + " is taken: the document's set-up needs it free");
            }
        }
        work = Path.of(System.getProperty("it.deploy.dir", "target/deploy-doc-run")).toAbsolutePath();
        ClusterMember.deleteRecursively(work);
        copy = CleanCopy.of(project, work.resolve("bookstore"));
        postgres = LocalPostgres.start(POSTGRES_PORT, "postgres", ADMIN_PASSWORD);
    }

    static String document() throws IOException {
        return Files.readString(Path.of(System.getProperty("it.project.dir", ".")).resolve("docs/DEPLOY.md"));
    }

    /** Runs every block but the last; returns how long they took. */
    Duration setUp() throws IOException, InterruptedException {
        Instant start = Instant.now();
        setUpOutput = run(String.join("\n", blocks.subList(0, blocks.size() - 1)), "set-up", Duration.ofMinutes(8));
        return Duration.between(start, Instant.now());
    }

    /** A command the document gives, run as written in the project folder; its output. */
    String run(String command, String name, Duration atMost) throws IOException, InterruptedException {
        Map<String, String> administrator = Map.of("PGHOST", "127.0.0.1", "PGPORT", String.valueOf(POSTGRES_PORT),
                "PGUSER", "postgres", "PGPASSWORD", ADMIN_PASSWORD);
        return ReadmeCommand.runToEnd("set -e\n" + command, copy, work.resolve(name + ".log"), administrator, atMost,
                NOT_INHERITED);
    }

    /** The JVM that the document's {@code server start} started for {@code member}. */
    ProcessHandle jvm(String member) {
        Matcher started = Pattern.compile("Server " + member + " started with process ID (\\d+)").matcher(setUpOutput);
        if (!started.find()) {
            throw new AssertionError(member + " was not started by the document's steps:\n" + setUpOutput);
        }
        return ProcessHandle.of(Long.parseLong(started.group(1)))
                .orElseThrow(() -> new AssertionError(member + " is no longer running"));
    }

    Path messages(String member) {
        return copy.resolve("target/liberty/wlp/usr/servers/" + member + "/logs/messages.log");
    }

    /** The document's last block stops everything; whatever it left running is then stopped by its id. */
    @Override
    public void close() throws Exception {
        AssertionError stopFailed = null;
        try {
            run(blocks.get(blocks.size() - 1), "stop", Duration.ofMinutes(3));
        } catch (AssertionError | IOException failed) {
            stopFailed = new AssertionError("the document's stop block failed", failed);
        }
        for (String pidFile : List.of("target/local-logto.pid", "target/empty-logto.pid", "target/nginx/nginx.pid")) {
            Path file = copy.resolve(pidFile);
            if (Files.exists(file)) {
                ProcessHandle.of(Long.parseLong(Files.readString(file).strip())).ifPresent(ProcessHandle::destroy);
            }
        }
        MEMBERS.keySet().forEach(member -> {
            try {
                jvm(member).destroy();
            } catch (AssertionError notRunning) {
                // stopped by the document's block, or never started
            }
        });
        postgres.close();
        if (stopFailed != null) {
            throw stopFailed;
        }
        List<Integer> open = PORTS.stream().filter(DocMembers::listening).toList();
        if (!open.isEmpty()) {
            throw new AssertionError("the document's stop block left ports open: " + open);
        }
    }
}
