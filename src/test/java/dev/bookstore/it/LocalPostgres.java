package dev.bookstore.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL for the tests, from Debian's {@code postgresql} package (.ci/run installs it): its own data
 * directory and port, listening on 127.0.0.1 only, with password authentication; stopped and deleted on close.
 * PostgreSQL refuses to run as root, so a root test runs its commands as the {@code postgres} user.
 */
final class LocalPostgres implements AutoCloseable {

    private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));

    private final Path bin;
    private final Path data;
    private final int port;
    private final String user;
    private final String password;

    private LocalPostgres(Path bin, Path data, int port, String user, String password) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** A new cluster with {@code user} (owner, {@code password}) and an empty database {@code database}. */
    static LocalPostgres start(int port, String user, String password, String database) throws Exception {
        LocalPostgres postgres = start(port, user, password);
        try (Connection connection = postgres.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        return postgres;
    }

    /** A new cluster whose only role is the superuser {@code user}: what an administrator of a PostgreSQL has. */
    static LocalPostgres start(int port, String user, String password) throws Exception {
        Path directory = Files.createTempDirectory("bookstore-postgres");
        Path passwordFile = Files.writeString(directory.resolve("password"), password);
        LocalPostgres postgres = new LocalPostgres(binaries(), directory.resolve("data"), port, user, password);
        if (AS_ROOT) {
            postgres.run(List.of("chown", "-R", "postgres", directory.toString()), false);
        }
        postgres.run(List.of(postgres.bin.resolve("initdb").toString(), "-D", postgres.data.toString(), "-U", user,
                "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C"), true);
        postgres.start();
        return postgres;
    }

    /** Starts the server on its data (again, after {@link #stop()}), and returns once it accepts connections. */
    void start() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l",
                data.resolveSibling("postgres.log").toString(),
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data.getParent(), "start"), true);
    }

    /** Stops the server as an outage would: open connections are cut, nothing committed is lost. */
    void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), true);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Direct SQL, for a test that checks what the app wrote. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            try (var files = Files.walk(data.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The newest installed PostgreSQL's programs, e.g. /usr/lib/postgresql/15/bin. */
    private static Path binaries() throws IOException {
        Path installed = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installed)) {
            throw new IOException("PostgreSQL is not installed (apt-get install -y postgresql; .ci/run does it)");
        }
        try (var versions = Files.list(installed)) {
            return versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                    .max(Comparator.comparing(version -> Integer.parseInt(version.getFileName().toString().replaceAll("\\D", "0"))))
                    .map(version -> version.resolve("bin"))
                    .orElseThrow(() -> new IOException("no initdb under " + installed));
        }
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && AS_ROOT) {
            full.addAll(Arrays.asList("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
