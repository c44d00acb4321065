package org.convener.platform.cli;

import java.util.concurrent.Callable;
import org.convener.platform.CliCommand;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.accounts.NewAccount;
import org.convener.platform.audit.AuditActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Manages administrator accounts.",
        subcommands = AdminCommand.Create.class)
class AdminCommand implements CliCommand {

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Creates an administrator and prints a one-time password, to be changed at first sign-in.")
    static class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(
                names = "--email",
                required = true,
                paramLabel = "EMAIL",
                description = "The administrator's email address, which they sign in with.")
        String email;

        private final Accounts accounts;

        Create(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            NewAccount created;
            try {
                created = AuditActor.as("command line", () -> accounts.create(email, null, true));
            } catch (IllegalArgumentException e) {
                // not an email address, or one that already has an account
                throw new ParameterException(
                        spec.commandLine(), "Invalid value for option '--email': " + e.getMessage(), e);
            }
            var out = spec.commandLine().getOut();
            out.println("Administrator " + created.account().email() + " created.");
            out.println("One-time password (shown only now): " + created.oneTimePassword());
            out.println("Sign in at /login; you will be asked to choose your own password.");
            return 0;
        }
    }
}
