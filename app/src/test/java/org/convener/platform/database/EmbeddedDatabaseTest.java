package org.convener.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The embedded server as a user meets it: kept across runs, shared, and recovered after a kill. */
class EmbeddedDatabaseTest {

    /** Under the build's own directory, beside the binaries the other tests unpacked. */
    static Path varDir() {
        return Path.of(System.getProperty("convener.var-dir", "target/test-var"))
                .toAbsolutePath();
    }

    @Test
    void survivesAKilledProcessKeepsItsDataAndRunsDurably() throws Exception {
        Path cluster = varDir().resolve("kill-test-" + UUID.randomUUID()).resolve("postgres");
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ServerHolder.class.getName(),
                        cluster.toString())
                .redirectErrorStream(true)
                .start();
        try {
            awaitReady(holder);
            long orphanPid = Long.parseLong(
                    Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());

            // while its owner lives, a second process shares the server rather than fighting for it
            try (var shared = EmbeddedDatabase.persistent(cluster)) {
                assertThat(shared.owned()).isFalse();
                assertThat(count(shared)).isEqualTo(1);
            }
            assertThat(ProcessHandle.of(orphanPid))
                    .get()
                    .satisfies(p -> assertThat(p.isAlive()).isTrue());

            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                    .as("server orphaned by the kill")
                    .contains(true);

            try (var restarted = EmbeddedDatabase.persistent(cluster)) {
                assertThat(restarted.owned()).isTrue();
                assertThat(ProcessHandle.of(orphanPid)
                                .map(ProcessHandle::isAlive)
                                .orElse(false))
                        .as("orphan stopped")
                        .isFalse();
                assertThat(count(restarted)).isEqualTo(1);
                assertThat(setting(restarted, "fsync")).isEqualTo("on");
                assertThat(setting(restarted, "synchronous_commit")).isEqualTo("on");
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void temporaryClustersAreThrownAway() throws Exception {
        Path dataDirectory;
        try (var temporary = EmbeddedDatabase.temporary(varDir())) {
            assertThat(temporary.owned()).isTrue();
            dataDirectory = temporary.dataDirectory();
            assertThat(dataDirectory).startsWith(varDir()).isDirectory();
            try (var connection = connect(temporary);
                    var rs = connection.createStatement().executeQuery("select current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("convener");
            }
        }
        assertThat(dataDirectory).doesNotExist();
    }

    static Connection connect(EmbeddedDatabase database) throws Exception {
        return DriverManager.getConnection(
                database.jdbcUrl(), database.applicationUser(), database.applicationPassword());
    }

    private static void awaitReady(Process holder) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(holder.getInputStream()));
        String line;
        var seen = new StringBuilder();
        while ((line = reader.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.equals("ready")) {
                return;
            }
        }
        throw new AssertionError("the holder process ended before its server was ready:\n" + seen);
    }

    private static int count(EmbeddedDatabase database) throws Exception {
        try (var connection = connect(database);
                var rs = connection.createStatement().executeQuery("select count(*) from kept")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String setting(EmbeddedDatabase database, String name) throws Exception {
        try (var connection = connect(database);
                var rs = connection.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
