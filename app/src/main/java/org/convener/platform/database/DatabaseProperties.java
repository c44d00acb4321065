package org.convener.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database. With no URL Convener runs its own embedded PostgreSQL: a persistent cluster under
 * the var directory, or a throw-away one for tests.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code CONVENER_DB_URL})
 * @param user the application's role there ({@code CONVENER_DB_USER}); not a superuser
 * @param password its password ({@code CONVENER_DB_PASSWORD})
 * @param adminUser optionally, a superuser of the external server ({@code CONVENER_DB_ADMIN_USER}),
 *     used at start-up only, to give the audit log its own owner after the migrations
 * @param adminPassword its password ({@code CONVENER_DB_ADMIN_PASSWORD})
 * @param embedded {@code persistent} or {@code temporary}, when no URL is given
 */
@ConfigurationProperties("convener.db")
record DatabaseProperties(
        String url,
        String user,
        String password,
        String adminUser,
        String adminPassword,
        @DefaultValue("persistent") Embedded embedded) {

    enum Embedded {
        PERSISTENT,
        TEMPORARY
    }

    boolean external() {
        return url != null && !url.isBlank();
    }

    boolean administered() {
        return adminUser != null && !adminUser.isBlank();
    }
}
