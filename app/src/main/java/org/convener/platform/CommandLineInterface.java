package org.convener.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs {@code ./convener} commands. The arguments are parsed and checked first, on command objects
 * made without their beans, so that help, the version and usage errors answer at once; only then
 * does the command line start what the chosen command needs ({@link Starts}), make that one
 * command with its beans, and run it.
 *
 * <p>Exit status: 0 on success, 1 when the command fails (a bad file, the database), 2 on a usage
 * error (an unknown option, a bad option value, a missing command, or an
 * {@link IllegalArgumentException} from the command: arguments it could not use).
 */
@Component
public class CommandLineInterface {

    /** The commands: one class name a line, as modules list them. */
    static final String REGISTRY = "META-INF/convener/commands";

    /** Starts what a command needs and hands back the beans to make it with. */
    @FunctionalInterface
    public interface Launcher {
        AutowireCapableBeanFactory start(Startup startup);
    }

    private final List<Class<?>> commands;
    private final Launcher launcher;

    /** The command line of a running application: every command uses its beans. */
    @Autowired
    CommandLineInterface(AutowireCapableBeanFactory beans) {
        this(startup -> beans);
    }

    /** The command line that starts what each command needs with {@code launcher}. */
    public CommandLineInterface(Launcher launcher) {
        this(commands(), launcher);
    }

    CommandLineInterface(List<Class<?>> commands, Launcher launcher) {
        this.commands = List.copyOf(commands);
        this.launcher = launcher;
    }

    public int execute(String[] args) {
        return execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine parsing = commandLine(commands, new Factory(null, null), out, err);
        parsing.setExecutionStrategy(parsed -> run(parsed, args, out, err));
        int code = parsing.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The top-level commands listed in {@value #REGISTRY}, in the order of their names. */
    public static List<Class<?>> commands() {
        return Registry.COMMANDS;
    }

    private int run(ParseResult parsed, String[] args, PrintWriter out, PrintWriter err) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        List<CommandLine> path = parsed.asCommandLineList();
        CommandLine chosen = path.get(path.size() - 1);
        if (!chosen.getSubcommands().isEmpty()) {
            throw new MissingCommand(chosen);
        }
        for (CommandLine command : path) {
            if (command.getCommand() instanceof OptionsCheck check) {
                check.checkOptions();
            }
        }
        Class<?> type = chosen.getCommand().getClass();
        Startup startup = startup(chosen);
        if (startup == Startup.NOTHING) {
            if (noArgumentConstructor(type) == null) {
                throw new IllegalStateException(
                        type.getName() + " starts nothing, so it needs a constructor without arguments");
            }
            return new CommandLine.RunLast().execute(parsed);
        }
        CommandLine wired;
        try {
            wired = commandLine(commands, new Factory(launcher.start(startup), type), out, err);
        } catch (RuntimeException e) {
            // the database could not start, or a bean the command needs could not be made
            err.println("error: Convener could not start: " + rootCause(e).getMessage());
            err.flush();
            return 1;
        }
        return wired.execute(args);
    }

    /** What the command (or the nearest parent that says) needs started; the database by default. */
    static Startup startup(CommandLine command) {
        for (CommandLine c = command; c != null; c = c.getParent()) {
            Starts starts = c.getCommand().getClass().getAnnotation(Starts.class);
            if (starts != null) {
                return starts.value();
            }
        }
        return Startup.DATABASE;
    }

    private static CommandLine commandLine(
            List<Class<?>> commands, CommandLine.IFactory factory, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new Root(), factory);
        for (Class<?> command : commands) {
            try {
                commandLine.addSubcommand(factory.create(command));
            } catch (Exception e) {
                throw new IllegalStateException("could not make the " + command.getName() + " command", e);
            }
        }
        layOut(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(USAGE_ERROR);
        commandLine.setExecutionExceptionHandler(FAILURE);
        return commandLine;
    }

    /**
     * One layout for every command's help: each element of a description is a paragraph (the first
     * is the one-line summary the command list shows), set apart by blank lines, and options in the
     * order the command declares them; a long synopsis is shortened to {@code [OPTIONS]}.
     */
    private static void layOut(CommandLine command) {
        var usage = command.getCommandSpec().usageMessage();
        var paragraphs = new ArrayList<String>();
        for (String paragraph : usage.description()) {
            if (!paragraphs.isEmpty()) {
                paragraphs.add("");
            }
            paragraphs.add(paragraph);
        }
        usage.description(paragraphs.toArray(String[]::new))
                .descriptionHeading("%n")
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n")
                .sortOptions(false)
                .abbreviateSynopsis(command.getCommandSpec().options().size() > 5);
        command.getSubcommands().values().forEach(CommandLineInterface::layOut);
    }

    /** A usage error: what was wrong, and where to read how it is done. */
    private static final IParameterExceptionHandler USAGE_ERROR = (exception, args) -> {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + message(exception));
        if (exception instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        if (exception instanceof MissingCommand) {
            err.println();
            command.usage(err);
        } else {
            err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        }
        err.flush();
        return 2;
    };

    /** Picocli's message, except for a word where a command was expected: an unknown command. */
    private static String message(ParameterException exception) {
        if (exception instanceof UnmatchedArgumentException unmatched
                && !unmatched.getCommandLine().getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            return "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        return exception.getMessage();
    }

    /**
     * The command ran and failed: say why, in one line. An {@link IllegalArgumentException} means
     * the command's arguments could not be used (a seat set that does not exist, more simulations
     * than allowed): a usage error, like those found while parsing. Anything else is a failure.
     */
    private static final IExecutionExceptionHandler FAILURE = (exception, command, parsed) -> {
        PrintWriter err = command.getErr();
        err.println("error: " + (exception.getMessage() == null ? exception.toString() : exception.getMessage()));
        if (exception instanceof IllegalArgumentException) {
            err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return 2;
        }
        err.flush();
        return 1;
    };

    /** A command such as {@code seats} that only groups others, given none of them. */
    private static final class MissingCommand extends ParameterException {
        MissingCommand(CommandLine group) {
            super(
                    group,
                    "'" + group.getCommandSpec().qualifiedName() + "' needs a command: "
                            + String.join(", ", group.getSubcommands().keySet()));
        }
    }

    /**
     * Makes the command objects. The one command about to run ({@code wired}) is made by Spring
     * with the beans its constructor asks for; every other one only takes options, so it is made
     * without its beans: a constructor's parameters get null (or zero), which constructors that
     * only keep their arguments allow.
     */
    private record Factory(AutowireCapableBeanFactory beans, Class<?> wired) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (!type.getPackageName().startsWith("org.convener")) {
                return CommandLine.defaultFactory().create(type);
            }
            if (type.equals(wired)) {
                return beans.createBean(type);
            }
            Constructor<?> none = noArgumentConstructor(type);
            if (none != null) {
                return type.cast(none.newInstance());
            }
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            if (constructors.length != 1) {
                throw new IllegalStateException(type.getName() + " needs one constructor, taking the beans it needs");
            }
            Constructor<?> constructor = constructors[0];
            constructor.setAccessible(true);
            Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                    .map(parameter -> parameter.isPrimitive() ? Array.get(Array.newInstance(parameter, 1), 0) : null)
                    .toArray();
            return type.cast(constructor.newInstance(arguments));
        }
    }

    private static Constructor<?> noArgumentConstructor(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The classes listed in every {@value #REGISTRY} on the class path, read once. */
    private static final class Registry {
        static final List<Class<?>> COMMANDS = read();

        private static List<Class<?>> read() {
            ClassLoader loader = CommandLineInterface.class.getClassLoader();
            var commands = new ArrayList<Class<?>>();
            try {
                Enumeration<URL> files = loader.getResources(REGISTRY);
                while (files.hasMoreElements()) {
                    URL file = files.nextElement();
                    try (var reader =
                            new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                        for (String line : reader.lines().toList()) {
                            String name = line.replaceFirst("#.*", "").trim();
                            if (!name.isEmpty()) {
                                commands.add(command(name, loader, file));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + REGISTRY, e);
            }
            commands.sort(
                    Comparator.comparing(c -> c.getAnnotation(Command.class).name()));
            return List.copyOf(commands);
        }

        private static Class<?> command(String name, ClassLoader loader, URL file) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (!CliCommand.class.isAssignableFrom(type) || type.getAnnotation(Command.class) == null) {
                    throw new IllegalStateException(
                            name + " in " + file + " is not a CliCommand with picocli's @Command");
                }
                return type;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name + " in " + file + " does not exist", e);
            }
        }
    }

    @Command(
            name = "convener",
            mixinStandardHelpOptions = true,
            version = "Convener 0.1",
            description = "Seat intelligence and organising for a parliamentary caucus.",
            footer = {
                "",
                "Run 'convener COMMAND --help' for a command's options.",
                "Exit status: 0 on success; 1 when a command fails (a bad file, the database);",
                "2 on a usage error (an unknown command or option, a bad value)."
            })
    static class Root {}
}
