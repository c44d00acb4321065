package org.convener.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.convener.platform.Workspace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${convener.db.url:}'.isBlank()")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties, Workspace workspace) {
        return properties.embedded() == DatabaseProperties.Embedded.TEMPORARY
                ? EmbeddedDatabase.temporary()
                : EmbeddedDatabase.persistent(workspace.varDir().resolve("postgres"));
    }

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
            config.setJdbcUrl(embedded.getObject().jdbcUrl());
            config.setUsername("postgres");
        }
        return new HikariDataSource(config);
    }
}
