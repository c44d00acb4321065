package org.convener.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded cluster asks everyone for a password, and the application's role can add to the
 * audit log but never change it; a cluster made by an earlier version is converted in place.
 */
class DatabaseRolesTest {

    @Test
    void aConnectionWithoutThePasswordIsRefused() throws Exception {
        try (var database = EmbeddedDatabase.temporary(EmbeddedDatabaseTest.varDir())) {
            String url = database.jdbcUrl();
            for (String role : new String[] {"postgres", "convener"}) {
                assertThatThrownBy(() ->
                                DriverManager.getConnection(url, role, null).close())
                        .as(role + " without a password")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() ->
                                DriverManager.getConnection(url, role, "guess").close())
                        .as(role + " with a wrong password")
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            Path hba = database.dataDirectory().resolve("pg_hba.conf");
            assertThat(Files.readAllLines(hba))
                    .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                    .isNotEmpty()
                    .allSatisfy(
                            line -> assertThat(line).endsWith("scram-sha-256").doesNotContain("trust"))
                    .allSatisfy(line -> assertThat(line).containsAnyOf("127.0.0.1/32", "::1/128"));
            Path credentials = database.dataDirectory().resolve(ClusterCredentials.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(credentials)).contains(database.applicationPassword());
            Path binaries = EmbeddedDatabaseTest.varDir().resolve(EmbeddedDatabase.BINARIES);
            try (var files = Files.walk(binaries)) {
                assertThat(files.filter(f -> !Files.isSymbolicLink(f)))
                        .as("binaries only their owner may change")
                        .allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                                .doesNotMatch(".{4}w.*|.{7}w.*"));
            }
            try (var app = EmbeddedDatabaseTest.connect(database);
                    var rs = app.createStatement()
                            .executeQuery(
                                    "select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user")) {
                rs.next();
                assertThat(rs.getBoolean(1) || rs.getBoolean(2) || rs.getBoolean(3))
                        .isFalse();
            }
        }
    }

    @Test
    void theApplicationRoleAddsToTheAuditLogButCannotChangeIt() throws Exception {
        try (var database = EmbeddedDatabase.temporary(EmbeddedDatabaseTest.varDir())) {
            migrate(database);
            try (var app = EmbeddedDatabaseTest.connect(database)) {
                execute(
                        app,
                        "insert into platform.audit_event (at, actor, action, entity_type, entity_id, encrypted)"
                                + " values (now(), 'test', 'noted', 'test', '1', false)");
                assertThat(count(app)).isEqualTo(1);

                assertRefused(app, "alter table platform.audit_event disable trigger user", "must be owner");
                assertRefused(app, "alter table platform.audit_event disable trigger all", "must be owner");
                assertRefused(app, "update platform.audit_event set actor = 'someone else'", "permission denied");
                assertRefused(app, "delete from platform.audit_event", "permission denied");
                assertRefused(app, "truncate platform.audit_event", "permission denied");
                assertRefused(app, "alter table platform.audit_event owner to convener", "must be owner");
                assertRefused(app, "drop table platform.audit_event", "must be owner");
                assertRefused(app, "drop schema platform cascade", "must be owner");
                assertRefused(app, "set role " + DatabaseRoles.AUDIT_ROLE, "permission denied");
                assertRefused(app, "drop function platform.audit_event_is_append_only() cascade", "must be owner");
                assertRefused(app, "drop database convener", "must be owner");
                assertThat(count(app)).isEqualTo(1);

                // what a new module's migration does works as the application's role
                // (names no module uses, so that new modules never collide with them)
                execute(app, "create schema if not exists role_check");
                execute(app, "create table role_check.entry (id bigint generated always as identity primary key)");
                execute(app, "create table platform.role_check_entry (id bigint primary key)");
                execute(app, "alter table platform.account add column if not exists role_check_note text");
            }
        }
    }

    @Test
    void aClusterMadeByAnEarlierVersionIsConvertedInPlaceKeepingItsData() throws Exception {
        Path var = EmbeddedDatabaseTest.varDir().resolve("upgrade-test-" + UUID.randomUUID());
        Path cluster = var.resolve("postgres");
        Files.createDirectories(cluster);
        // as the earlier version made it: trust on the loopback, everything owned by the superuser
        System.setProperty(
                "ot.epg.working-dir", var.resolve(EmbeddedDatabase.BINARIES).toString());
        try (var old = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("listen_addresses", "localhost")
                .setOverrideWorkingDirectory(
                        var.resolve(EmbeddedDatabase.BINARIES).toFile())
                .start()) {
            try (var c = old.getPostgresDatabase().getConnection()) {
                execute(c, "create database convener");
            }
            String url = old.getJdbcUrl("postgres", "convener");
            Flyway.configure()
                    .dataSource(url, "postgres", "")
                    .locations("classpath:db/migration")
                    .target("2026.11.21.95")
                    .load()
                    .migrate();
            try (var c = DriverManager.getConnection(url, "postgres", "")) {
                execute(
                        c,
                        "insert into platform.account (email, password_hash, created_at) values ('kept@example.net', 'x', now())");
                execute(
                        c,
                        "insert into platform.audit_event (at, actor, action, entity_type, entity_id, encrypted)"
                                + " values (now(), 'kept@example.net', 'created', 'account', '1', false)");
            }
        }
        assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).contains("trust");

        try (var database = EmbeddedDatabase.persistent(cluster)) {
            migrate(database);
            assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).doesNotContain("trust");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", null)
                            .close())
                    .isInstanceOf(SQLException.class);
            try (var app = EmbeddedDatabaseTest.connect(database)) {
                assertThat(query(app, "select email from platform.account")).isEqualTo("kept@example.net");
                // the migrations that convert the log's entries ran as its owner, then it got its own
                assertThat(query(app, "select actor from platform.audit_event"))
                        .isEqualTo("account " + query(app, "select id from platform.account"));
                assertThat(query(app, "select tableowner from pg_tables where tablename = 'audit_event'"))
                        .isEqualTo(DatabaseRoles.AUDIT_ROLE);
                assertThat(query(
                                app,
                                "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')"
                                        + " and tablename <> 'audit_event' and tableowner <> 'convener'"))
                        .isEqualTo("0");
                assertRefused(app, "alter table platform.audit_event disable trigger user", "must be owner");
                assertRefused(app, "delete from platform.audit_event", "permission denied");
                // the application owns what it had, and can change it in later migrations
                execute(app, "alter table platform.account add column if not exists nickname text");
            }
        }
        // and the converted cluster starts again with its password
        try (var again = EmbeddedDatabase.persistent(cluster);
                var app = EmbeddedDatabaseTest.connect(again)) {
            assertThat(query(app, "select count(*) from platform.audit_event")).isEqualTo("1");
        }
    }

    private static void migrate(EmbeddedDatabase database) {
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.applicationUser(), database.applicationPassword())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        database.applyRoles(true);
    }

    private static void assertRefused(Connection connection, String sql, String reason) {
        assertThatThrownBy(() -> execute(connection, sql))
                .as(sql)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining(reason);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection) throws SQLException {
        return Long.parseLong(query(connection, "select count(*) from platform.audit_event"));
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
