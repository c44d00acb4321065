package org.convener;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.Startup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import picocli.CommandLine.Command;

/**
 * The context commands run in has what every command needs, though it holds only the
 * auto-configuration the database needs, and makes only the beans a command asks for.
 */
@ConvenerTest
class CommandContextTest {

    @org.springframework.beans.factory.annotation.Autowired
    HikariDataSource database;

    @Test
    void everyCommandCanBeMadeInTheCommandContextWithoutTheWebApplication() {
        var application = new ConvenerApplication.Application();
        Map<String, String> properties = Map.of(
                "convener.db.url", database.getJdbcUrl(),
                "convener.db.user", database.getUsername(),
                "convener.db.password", database.getPassword() == null ? "" : database.getPassword());
        properties.forEach(System::setProperty);
        try {
            AutowireCapableBeanFactory beans = application.start(Startup.DATABASE);
            var factory = (DefaultListableBeanFactory) beans;
            assertThat(application.serving()).isFalse();
            assertThat(factory.getBeanNamesForType(
                            org.springframework.web.servlet.DispatcherServlet.class, true, false))
                    .isEmpty();
            // the database is up; nothing else of the application's is made before a command asks
            assertThat(factory.containsSingleton("dataSource")).isTrue();
            assertThat(factory.containsSingleton("seatIntelligence")).isFalse();
            assertThat(factory.containsSingleton("people")).isFalse();

            for (Class<?> type : commandClasses()) {
                assertThat(beans.createBean(type)).as(type.getName()).isNotNull();
            }

            assertThat(factory.containsSingleton("seatIntelligence")).isTrue();
        } finally {
            application.close();
            properties.keySet().forEach(System::clearProperty);
        }
    }

    /** The runnable commands: top-level ones without subcommands, and each subcommand. */
    private static List<Class<?>> commandClasses() {
        var classes = new ArrayList<Class<?>>();
        for (Class<?> type : CommandLineInterface.commands()) {
            Class<?>[] subcommands = type.getAnnotation(Command.class).subcommands();
            classes.addAll(subcommands.length == 0 ? List.of(type) : List.of(subcommands));
        }
        return classes;
    }
}
