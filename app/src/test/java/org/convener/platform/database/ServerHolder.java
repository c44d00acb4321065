package org.convener.platform.database;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedDatabaseTest}: starts the persistent cluster, writes a row,
 * says so, and waits to be killed.
 */
public final class ServerHolder {

    public static void main(String[] args) throws Exception {
        var database = EmbeddedDatabase.persistent(Path.of(args[0]));
        try (var connection = java.sql.DriverManager.getConnection(
                        database.jdbcUrl(), database.applicationUser(), database.applicationPassword());
                var statement = connection.createStatement()) {
            statement.execute("create table if not exists kept (value text)");
            statement.execute("insert into kept values ('written before the kill')");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
