package org.convener.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line's start-up rules, with commands made for the test and a launcher that records
 * what it was asked to start: nothing starts before the arguments are parsed and checked, and a
 * command starts only what it declares.
 */
class CommandLineInterfaceTest {

    final List<Startup> started = new ArrayList<>();
    final AnnotationConfigApplicationContext beans = new AnnotationConfigApplicationContext();

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        if (!beans.isActive()) {
            beans.registerBean(Ledger.class, () -> new Ledger("the database's ledger"));
            beans.refresh();
        }
        var cli = new CommandLineInterface(
                List.of(FilesOnly.class, ReadsDatabase.class, Group.class, Fails.class), startup -> {
                    started.add(startup);
                    return beans.getAutowireCapableBeanFactory();
                });
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = cli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @AfterEach
    void close() {
        beans.close();
    }

    @Test
    void helpAndTheVersionStartNothing() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Commands:", "files", "reads", "Reads the database.");
        assertThat(run("reads", "--help").out()).contains("Usage: convener reads", "--times=N");
        assertThat(run("group", "leaf", "--help").exit()).isZero();
        assertThat(run("--version").out()).contains("Convener");
        assertThat(started).isEmpty();
    }

    @Test
    void usageErrorsExitWithTwoAndStartNothing() {
        assertThat(run("reads", "--bogus")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("Unknown option: '--bogus'", "See 'convener reads --help'.");
        });
        assertThat(run("reads", "--times", "many")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("Invalid value for option '--times'", "'many' is not an int");
        });
        assertThat(run("reads", "--times", "-1")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("--times must be zero or more");
        });
        assertThat(run("nope")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("unknown command 'nope'");
        });
        assertThat(run("group")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("'convener group' needs a command: leaf", "Usage: convener group");
        });
        assertThat(run()).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("'convener' needs a command", "Commands:");
        });
        assertThat(started).isEmpty();
    }

    @Test
    void aCommandThatStartsNothingRunsWithoutTheLauncher() {
        Run run = run("files", "--name", "ballots.blt");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("read ballots.blt");
        assertThat(started).isEmpty();
    }

    @Test
    void aCommandGetsItsBeansOnlyOnceItsArgumentsAreGood() {
        Run run = run("reads", "--times", "2");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("the database's ledger", "2 times");
        assertThat(started).containsExactly(Startup.DATABASE);
    }

    @Test
    void aGroupsDeclarationCoversItsCommands() {
        assertThat(run("group", "leaf").out()).contains("leaf ran");
        assertThat(started).isEmpty();
    }

    @Test
    void aFailingCommandExitsWithOneAndArgumentsItCannotUseWithTwo() {
        assertThat(run("fails")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: the ledger is locked" + System.lineSeparator());
        });
        assertThat(run("fails", "--name", "nowhere")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("error: no ledger called nowhere", "See 'convener fails --help'.");
        });
        // arguments the command could not use, found as it runs, are a usage error too
        assertThat(run("fails", "--name", "closed")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("error: the ledger closed is closed", "See 'convener fails --help'.");
        });
    }

    @Test
    void aLauncherThatCannotStartIsAFailure() {
        var cli = new CommandLineInterface(List.of(ReadsDatabase.class), startup -> {
            throw new IllegalStateException("wrapper", new java.net.ConnectException("Connection refused"));
        });
        var err = new StringWriter();

        int exit = cli.execute(new String[] {"reads"}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("error: Convener could not start: Connection refused");
    }

    @Test
    void theRegistryListsEveryCommandOfTheApplication() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CliCommand.class));
        var found = scanner.findCandidateComponents("org.convener").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> !name.contains("Test$"))
                .sorted()
                .toList();

        assertThat(CommandLineInterface.commands().stream().map(Class::getName).sorted())
                .as("the classes listed in " + CommandLineInterface.REGISTRY)
                .containsExactlyElementsOf(found);
    }

    record Ledger(String name) {}

    @Command(name = "files", mixinStandardHelpOptions = true, description = "Reads a file only.")
    @Starts(Startup.NOTHING)
    static class FilesOnly implements CliCommand, Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name")
        String name;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println("read " + name);
            return 0;
        }
    }

    @Command(name = "reads", mixinStandardHelpOptions = true, description = "Reads the database.")
    static class ReadsDatabase implements CliCommand, OptionsCheck, Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--times", paramLabel = "N", description = "How often.")
        int times = 1;

        private final Ledger ledger;

        ReadsDatabase(Ledger ledger) {
            this.ledger = ledger;
        }

        @Override
        public void checkOptions() {
            if (times < 0) {
                throw new ParameterException(spec.commandLine(), "--times must be zero or more");
            }
        }

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(ledger.name() + ", " + times + " times");
            return 0;
        }
    }

    @Command(name = "group", mixinStandardHelpOptions = true, subcommands = Group.Leaf.class)
    @Starts(Startup.NOTHING)
    static class Group implements CliCommand {
        @Command(name = "leaf", mixinStandardHelpOptions = true)
        static class Leaf implements Callable<Integer> {
            @Spec
            CommandSpec spec;

            @Override
            public Integer call() {
                spec.commandLine().getOut().println("leaf ran");
                return 0;
            }
        }
    }

    @Command(name = "fails", mixinStandardHelpOptions = true)
    static class Fails implements CliCommand, Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name")
        String name;

        @Override
        public Integer call() {
            if ("closed".equals(name)) {
                throw new IllegalArgumentException("the ledger closed is closed");
            }
            if (name != null) {
                throw new ParameterException(spec.commandLine(), "no ledger called " + name);
            }
            throw new IllegalStateException("the ledger is locked");
        }
    }
}
