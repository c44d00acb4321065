package org.convener.platform.cli;

import java.util.concurrent.Callable;
import org.convener.platform.CliCommand;
import org.convener.platform.Starts;
import org.convener.platform.Startup;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The web application is up when this runs; it says where. */
@Starts(Startup.WEB_APPLICATION)
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the web application.",
            "It listens on http://localhost:8080 (CONVENER_PORT changes the port) and keeps its data in the"
                    + " embedded PostgreSQL under var/, or in the database CONVENER_DB_URL names. On its first"
                    + " start with an empty database it imports the official data when it finds a data"
                    + " directory, and creates a first administrator, printing a one-time password.",
            "Ctrl+C stops it. Other commands can run while it is up: they use its database."
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
