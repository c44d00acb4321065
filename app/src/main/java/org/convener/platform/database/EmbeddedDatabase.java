package org.convener.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run by Convener itself, so that nothing needs installing. When another
 * Convener process already runs the server for the same directory (the web server, say, while the
 * command line imports), this one connects to it instead of starting a second.
 *
 * <p>The server listens on the loopback interface only and asks every connection for a password
 * (SCRAM); there is no Unix socket and no {@code trust} line. The superuser's and the application
 * role's passwords are generated on the first start and kept in {@value ClusterCredentials#FILE}
 * in the data directory, readable by its owner alone. A cluster made by an earlier version (which
 * trusted every local connection) is converted in place on its first start by this one.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "convener";
    /** The role the application connects as. */
    static final String APPLICATION_ROLE = "convener";

    static final String SUPERUSER = "postgres";
    /** The lock file zonky holds while it runs a server on a data directory. */
    private static final String LOCK_FILE = "epg-lock";
    /** Where zonky unpacks the PostgreSQL binaries, in the var directory. */
    static final String BINARIES = "embedded-pg";

    static final String HBA = """
            # Written by Convener at every start: password (SCRAM) sign-in over the loopback
            # interface only. Passwords are in convener-credentials.properties (owner-only).
            host    all    all    127.0.0.1/32    scram-sha-256
            host    all    all    ::1/128         scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final int port;
    private final ClusterCredentials credentials;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, ClusterCredentials credentials) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.port = postgres.getPort();
        this.credentials = credentials;
    }

    private EmbeddedDatabase(Path dataDirectory, int sharedPort, ClusterCredentials credentials) {
        this.postgres = null;
        this.dataDirectory = dataDirectory;
        this.port = sharedPort;
        this.credentials = credentials;
    }

    /** A cluster kept in {@code dataDirectory} across runs, with durable commits. */
    static EmbeddedDatabase persistent(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            Optional<Integer> running = portOfServerRunByAnotherProcess(dataDirectory);
            if (running.isPresent()) {
                log.info(
                        "Using the PostgreSQL that another Convener process runs on {} (port {})",
                        dataDirectory,
                        running.get());
                var credentials = ClusterCredentials.read(dataDirectory.resolve(ClusterCredentials.FILE))
                        .orElseThrow(() -> new IOException("the PostgreSQL server running on " + dataDirectory
                                + " was started by an earlier version of Convener; stop that process and start again"));
                var shared = new EmbeddedDatabase(dataDirectory, running.get(), credentials);
                shared.applyRoles(false);
                return shared;
            }
            stopLeftoverServer(dataDirectory);
            log.info("Starting embedded PostgreSQL in {}", dataDirectory);
            Path binaries = dataDirectory.toAbsolutePath().getParent().resolve(BINARIES);
            return start(
                    dataDirectory,
                    binaries,
                    false,
                    builder -> builder.setServerConfig("fsync", "on")
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("full_page_writes", "on"));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(
                    "could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /** A throw-away cluster under {@code workDirectory}, deleted on close; for tests. */
    static EmbeddedDatabase temporary(Path workDirectory) {
        try {
            Path clusters = Files.createDirectories(workDirectory.resolve("clusters"));
            return start(
                    clusters.resolve(UUID.randomUUID().toString()),
                    workDirectory.resolve(BINARIES),
                    true,
                    builder -> builder);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start a temporary PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static EmbeddedDatabase start(
            Path dataDirectory, Path binaries, boolean throwAway, UnaryOperator<EmbeddedPostgres.Builder> settings)
            throws IOException, SQLException {
        Path parent = dataDirectory.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path credentialsFile = dataDirectory.resolve(ClusterCredentials.FILE);
        // credentials made before the cluster exists wait beside it: initdb needs an empty directory
        Path pending = parent.resolve(dataDirectory.getFileName() + "." + ClusterCredentials.FILE);
        var credentials = ClusterCredentials.read(credentialsFile)
                .or(() -> readQuietly(pending))
                .orElse(null);
        if (credentials == null) {
            credentials = ClusterCredentials.generate();
            credentials.write(pending);
        }
        boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        Path initdbPassword = fresh ? credentials.writeInitdbPasswordFile(parent) : null;
        EmbeddedPostgres server;
        try {
            var builder = builder(binaries)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwAway)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", credentials.superuserPassword())
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (fresh) {
                // initdb's options, passed where zonky lets them through: they override its "-A trust"
                builder.setLocaleConfig("auth-host", "scram-sha-256")
                        .setLocaleConfig("auth-local", "scram-sha-256")
                        .setLocaleConfig("pwfile", initdbPassword.toString());
            }
            server = settings.apply(builder).start();
            onlyOwnerWrites(binaries);
        } finally {
            if (initdbPassword != null) {
                Files.deleteIfExists(initdbPassword);
            }
        }
        var database = new EmbeddedDatabase(server, dataDirectory, credentials);
        try {
            database.secureServer(dataDirectory);
            if (!Files.isRegularFile(credentialsFile)) {
                credentials.write(credentialsFile);
            }
            Files.deleteIfExists(pending);
            database.createDatabase();
            database.applyRoles(false);
        } catch (IOException | SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Zonky reads where to unpack the binaries, and where to look for stale clusters, from a
     * system property when its builder is made; point both at the product's own directory rather
     * than the shared temporary one.
     */
    private static synchronized EmbeddedPostgres.Builder builder(Path binaries) throws IOException {
        Files.createDirectories(binaries);
        System.setProperty("ot.epg.working-dir", binaries.toString());
        return EmbeddedPostgres.builder().setOverrideWorkingDirectory(binaries.toFile());
    }

    /** Zonky leaves its directories writable by everyone; nobody but the owner may change the server's binaries. */
    private static void onlyOwnerWrites(Path binaries) throws IOException {
        try (var files = Files.walk(binaries)) {
            for (Path path : (Iterable<Path>) files::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                var permissions = Files.getPosixFilePermissions(path);
                if (permissions.remove(PosixFilePermission.GROUP_WRITE)
                        | permissions.remove(PosixFilePermission.OTHERS_WRITE)) {
                    Files.setPosixFilePermissions(path, permissions);
                }
            }
        }
    }

    private static Optional<ClusterCredentials> readQuietly(Path file) {
        try {
            return ClusterCredentials.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets the superuser's password and allows password sign-in only, then reloads. On a cluster
     * made by an earlier version this is the moment its {@code trust} lines go.
     */
    private void secureServer(Path dataDirectory) throws IOException, SQLException {
        try (var connection = superuser("postgres");
                var sql = connection.createStatement()) {
            sql.execute("alter role " + SUPERUSER + " with password '" + credentials.superuserPassword() + "'");
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!Files.isRegularFile(hba) || !Files.readString(hba).equals(HBA)) {
                Path partial = dataDirectory.resolve("pg_hba.conf.partial");
                Files.deleteIfExists(partial);
                ClusterCredentials.ownerOnlyFile(partial);
                Files.writeString(partial, HBA);
                Files.move(partial, hba, StandardCopyOption.REPLACE_EXISTING);
                sql.execute("select pg_reload_conf()");
                log.info("The embedded PostgreSQL in {} now accepts password sign-in only", dataDirectory);
            }
        }
    }

    /** The JDBC URL of the Convener database, without credentials. */
    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    String applicationUser() {
        return APPLICATION_ROLE;
    }

    String applicationPassword() {
        return credentials.applicationPassword();
    }

    int port() {
        return port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether this process runs the server (rather than sharing another process's). */
    boolean owned() {
        return postgres != null;
    }

    /** Applies {@link DatabaseRoles}: before the migrations (an older database) and after them (a new one). */
    void applyRoles(boolean migrated) {
        try (var connection = superuser(DATABASE)) {
            DatabaseRoles.apply(connection, DATABASE, APPLICATION_ROLE, credentials.applicationPassword(), migrated);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set up the database roles: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/" + database, SUPERUSER, credentials.superuserPassword());
    }

    private void createDatabase() throws SQLException {
        try (var connection = superuser("postgres");
                var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        }
    }

    /**
     * The port of a server on this directory whose owning process is alive: that process holds
     * the lock file, and PostgreSQL records the port on the fourth line of {@code postmaster.pid}.
     */
    static Optional<Integer> portOfServerRunByAnotherProcess(Path dataDirectory) throws IOException {
        if (!lockHeldElsewhere(dataDirectory)) {
            return Optional.empty();
        }
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (Files.isRegularFile(pidFile)) {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() >= 4 && lines.get(3).trim().matches("\\d+") && postgresAlive(lines.get(0))) {
                return Optional.of(Integer.parseInt(lines.get(3).trim()));
            }
        }
        throw new IOException("another process holds " + dataDirectory.resolve(LOCK_FILE)
                + " but runs no server there yet; try again in a moment");
    }

    private static boolean lockHeldElsewhere(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very process
        }
    }

    private static boolean postgresAlive(String pidLine) {
        return serverProcess(pidLine).isPresent();
    }

    private static Optional<ProcessHandle> serverProcess(String pidLine) {
        if (!pidLine.trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pidLine.trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info()
                        .command()
                        .map(command -> command.contains("postgres"))
                        .orElse(false));
    }

    /**
     * A JVM killed without shutting down leaves its PostgreSQL running and holding the data
     * directory; stop that server before starting a new one. Called only once no live process
     * holds the lock, so the server found is an orphan.
     */
    static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : serverProcess(lines.get(0));
        if (server.isEmpty()) {
            return;
        }
        long pid = server.get().pid();
        log.warn("Stopping a PostgreSQL server (pid {}) left running on {} by an earlier run", pid, dataDirectory);
        // SIGINT is PostgreSQL's fast shutdown: it rolls back open transactions and exits cleanly.
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            server.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the leftover PostgreSQL server " + pid, e);
        } catch (ExecutionException | TimeoutException e) {
            server.get().destroyForcibly();
        }
    }
}
