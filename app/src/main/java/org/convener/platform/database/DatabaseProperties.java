package org.convener.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The database. With no URL Convener runs its own embedded PostgreSQL: a persistent cluster under
 * the var directory, or a throw-away one for tests.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code CONVENER_DB_URL})
 * @param user its user ({@code CONVENER_DB_USER})
 * @param password its password ({@code CONVENER_DB_PASSWORD})
 * @param embedded {@code persistent} or {@code temporary}, when no URL is given
 */
@ConfigurationProperties("convener.db")
record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue("persistent") Embedded embedded) {

    enum Embedded {
        PERSISTENT,
        TEMPORARY
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}
