package org.convener.platform.cli;

import java.util.concurrent.Callable;
import org.convener.platform.CliCommand;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The web server is already up when this runs (see the launcher); it says where. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the web application on http://localhost:8080 (CONVENER_PORT to change).",
            "Uses the embedded PostgreSQL under var/ unless CONVENER_DB_URL is set;",
            "imports the official data on first start when a data directory is found."
        })
class ServeCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Environment environment;

    ServeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        spec.commandLine().getOut().println("Convener is running at http://localhost:" + port + "/ (Ctrl+C to stop)");
        return 0;
    }
}
