package org.convener.platform;

import java.io.PrintWriter;
import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Runs {@code ./convener} commands with the modules' {@link CliCommand}s as subcommands. */
@Component
public class CommandLineInterface {

    private final ObjectProvider<CliCommand> commands;
    private final AutowireCapableBeanFactory beans;

    /**
     * Picocli writes options into the command objects, so each run needs fresh ones: commands are
     * prototype beans, and this refuses any that is not.
     */
    CommandLineInterface(ObjectProvider<CliCommand> commands, ConfigurableListableBeanFactory factory) {
        for (String name : factory.getBeanNamesForType(CliCommand.class)) {
            if (!factory.isPrototype(name)) {
                throw new IllegalStateException("command bean " + name + " must have prototype scope");
            }
        }
        this.commands = commands;
        this.beans = factory;
    }

    public int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new Root(), new SpringFactory(beans));
        commands.stream().toList().stream()
                .sorted(Comparator.comparing(
                        c -> c.getClass().getAnnotation(Command.class).name()))
                .forEach(commandLine::addSubcommand);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            failed.getErr().println("error: " + exception.getMessage());
            failed.getErr().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Command(
            name = "convener",
            mixinStandardHelpOptions = true,
            version = "Convener 0.1",
            description = "Seat intelligence and organising for a parliamentary caucus.",
            subcommandsRepeatable = false)
    static class Root implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** No command given: show the commands, and fail as a usage error does. */
        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return 2;
        }
    }

    /** Lets nested subcommands be Spring-wired like the top-level ones. */
    private record SpringFactory(AutowireCapableBeanFactory beans) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type.getPackageName().startsWith("org.convener")) {
                return beans.createBean(type);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
