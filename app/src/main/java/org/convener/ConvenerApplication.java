package org.convener;

import java.util.Map;
import javax.sql.DataSource;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.Startup;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;

/**
 * Convener: seat intelligence and organising for a parliamentary caucus. One jar serves the web
 * application ({@code serve}) and runs the command line (everything else).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class ConvenerApplication {

    public static void main(String[] args) {
        var application = new Application();
        int code = new CommandLineInterface(application::start).execute(args);
        if (code == 0 && application.serving()) {
            return; // the web server runs until it is stopped
        }
        application.close();
        System.exit(code);
    }

    /** Starts Spring for the command line, once, as much of it as the command needs. */
    static final class Application {

        private ConfigurableApplicationContext context;

        AutowireCapableBeanFactory start(Startup startup) {
            var application = new SpringApplication(
                    startup == Startup.WEB_APPLICATION ? ConvenerApplication.class : CommandContext.class);
            // picocli has read the arguments; Spring must not take --data-dir and friends as properties
            application.setAddCommandLineProperties(false);
            if (startup == Startup.WEB_APPLICATION) {
                application.setDefaultProperties(Map.of("convener.import-on-start", "true"));
            } else {
                forCommand(application);
            }
            context = application.run();
            if (startup == Startup.DATABASE) {
                // start the database and bring its schema up to date now, so that a failure to
                // reach it is reported as the start's, before any command is made
                context.getBean(DataSource.class);
                context.getBeanProvider(FlywayMigrationInitializer.class).getIfAvailable();
            }
            return context.getAutowireCapableBeanFactory();
        }

        /** No web server, and no bean made until the command asks for it (see {@link CommandContext}). */
        private static void forCommand(SpringApplication application) {
            // Spring Boot warms up web message converters on a second thread: a command has no use for them
            System.setProperty("spring.backgroundpreinitializer.ignore", "true");
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setLazyInitialization(true);
            application.setDefaultProperties(Map.of(
                    "spring.main.banner-mode", "off",
                    "spring.main.log-startup-info", "false",
                    "logging.level.root", "ERROR",
                    "logging.level.org.convener", "WARN",
                    "logging.level.org.springframework.boot.SpringApplication", "OFF"));
        }

        boolean serving() {
            return context instanceof WebServerApplicationContext;
        }

        void close() {
            if (context != null) {
                SpringApplication.exit(context);
            }
        }
    }
}
