package org.convener.platform.cli;

import java.util.concurrent.Callable;
import org.convener.platform.CliCommand;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Administrator accounts.",
        subcommands = AdminCommand.Create.class)
class AdminCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Creates an administrator and prints a one-time password, to be changed at first sign-in.")
    static class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--email", required = true, description = "The administrator's email, which they sign in with.")
        String email;

        private final Accounts accounts;

        Create(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Integer call() {
            var created = AuditActor.as("command line", () -> accounts.create(email, null, true));
            var out = spec.commandLine().getOut();
            out.println("Administrator " + created.account().email() + " created.");
            out.println("One-time password (shown only now): " + created.oneTimePassword());
            out.println("Sign in at /login; you will be asked to choose your own password.");
            return 0;
        }
    }
}
