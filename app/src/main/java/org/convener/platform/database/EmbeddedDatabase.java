package org.convener.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run by Convener itself, so that nothing needs installing. When another
 * Convener process already runs the server for the same directory (the web server, say, while the
 * command line imports), this one connects to it instead of starting a second.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "convener";
    /** The lock file zonky holds while it runs a server on a data directory. */
    private static final String LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbcUrl = postgres.getJdbcUrl("postgres", DATABASE);
        createDatabase();
    }

    private EmbeddedDatabase(int sharedPort) {
        this.postgres = null;
        this.jdbcUrl = "jdbc:postgresql://localhost:" + sharedPort + "/" + DATABASE + "?user=postgres";
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
                return new EmbeddedDatabase(running.get());
            }
            stopLeftoverServer(dataDirectory);
            log.info("Starting embedded PostgreSQL in {}", dataDirectory);
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /** A throw-away cluster, deleted on close; for tests. */
    static EmbeddedDatabase temporary() {
        try {
            return new EmbeddedDatabase(EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", "localhost")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a temporary PostgreSQL: " + e.getMessage(), e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Whether this process runs the server (rather than sharing another process's). */
    boolean owned() {
        return postgres != null;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private void createDatabase() {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the " + DATABASE + " database", e);
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
