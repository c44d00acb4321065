package org.convener;

import java.util.Map;
import org.convener.platform.CommandLineInterface;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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
        boolean serve = args.length > 0 && "serve".equals(args[0]);
        var application = new SpringApplication(ConvenerApplication.class);
        // picocli reads the arguments; Spring must not take --data-dir and friends as properties
        application.setAddCommandLineProperties(false);
        if (serve) {
            application.setDefaultProperties(Map.of("convener.import-on-start", "true"));
        } else {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of(
                    "spring.main.banner-mode", "off",
                    "spring.main.log-startup-info", "false",
                    "logging.level.root", "ERROR",
                    "logging.level.org.convener", "WARN",
                    "logging.level.org.springframework.boot.SpringApplication", "OFF"));
        }
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            if (serve) {
                throw e;
            }
            System.err.println(
                    "error: Convener could not start: " + rootCause(e).getMessage());
            System.exit(1);
            return;
        }
        int exitCode = context.getBean(CommandLineInterface.class).execute(args);
        if (!serve || exitCode != 0) {
            System.exit(SpringApplication.exit(context, () -> exitCode));
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
