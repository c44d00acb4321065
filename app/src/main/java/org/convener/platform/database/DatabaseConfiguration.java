package org.convener.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.convener.platform.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${convener.db.url:}'.isBlank()")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties, Workspace workspace) {
        return properties.embedded() == DatabaseProperties.Embedded.TEMPORARY
                ? EmbeddedDatabase.temporary(workspace.varDir())
                : EmbeddedDatabase.persistent(workspace.varDir().resolve("postgres"));
    }

    /** The application's connections: as its own role, never as a superuser. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        var config = new HikariConfig();
        config.setPoolName("convener");
        config.setMaximumPoolSize(10);
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            var database = embedded.getObject();
            config.setJdbcUrl(database.jdbcUrl());
            config.setUsername(database.applicationUser());
            config.setPassword(database.applicationPassword());
        }
        return new HikariDataSource(config);
    }

    /**
     * Migrates as the application's role, then hands the audit log (new in a new database) to its
     * own role with the superuser's connection: the embedded cluster's, or an external server's
     * administrator when one is configured. Without one, says what an administrator must run.
     */
    @Bean
    FlywayMigrationStrategy migrateThenProtectTheAuditLog(
            DatabaseProperties properties, ObjectProvider<EmbeddedDatabase> embedded, DataSource dataSource) {
        return flyway -> {
            flyway.migrate();
            if (!properties.external()) {
                embedded.getObject().applyRoles(true);
            } else if (properties.administered()) {
                try (var admin = DriverManager.getConnection(
                        properties.url(), properties.adminUser(), properties.adminPassword())) {
                    DatabaseRoles.apply(admin, admin.getCatalog(), properties.user(), null);
                } catch (SQLException e) {
                    throw new IllegalStateException(
                            "could not set up the database roles as " + properties.adminUser() + ": " + e.getMessage(),
                            e);
                }
            }
            try (var connection = dataSource.getConnection()) {
                if (!DatabaseRoles.auditLogProtected(connection)) {
                    log.warn(
                            "The audit table platform.audit_event is owned by the application's role {}, which could"
                                    + " alter it. Set CONVENER_DB_ADMIN_USER and CONVENER_DB_ADMIN_PASSWORD, or run the"
                                    + " statements in docs/deploy.md as a superuser.",
                            properties.user());
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not check the audit table's owner: " + e.getMessage(), e);
            }
        };
    }
}
