package org.convener.demo;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.convener.platform.CliCommand;
import org.convener.platform.Workspace;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.ConsoleProgress;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.imports.DatasetOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Loads the illustrative demonstration, with an account for each role.",
            "Adds caucuses, local groups with vacant posts, stakeholders, engagements, asks and open"
                    + " letters, all marked illustrative, and prints each demonstration account's one-time"
                    + " password. Imports the official data first if it is not there."
        })
class DemoCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--new-passwords",
            description = "Issue new one-time passwords for the demonstration accounts, once it is loaded.")
    boolean newPasswords;

    private final Demo demo;
    private final DatasetImports imports;
    private final Workspace workspace;

    DemoCommand(Demo demo, DatasetImports imports, Workspace workspace) {
        this.demo = demo;
        this.imports = imports;
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (newPasswords) {
            if (!demo.loaded()) {
                err.println("error: the demonstration is not loaded; run ./convener demo first");
                return 1;
            }
            print(AuditActor.as("demo", demo::newPasswords), out);
            return 0;
        }
        if (demo.loaded()) {
            out.println("The demonstration is already loaded. Its passwords were shown when it was loaded;");
            out.println("./convener demo --new-passwords issues new ones.");
            return 0;
        }
        if (imports.nothingImported()) {
            var directory = workspace.findDataDir(null);
            if (directory.isEmpty()) {
                err.println(
                        "error: the official data is not imported and no data directory was found; run ./convener import first");
                return 1;
            }
            out.println("Importing the official data from " + directory.get() + " first");
            var progress = new ConsoleProgress(out, System.console() != null);
            List<DatasetOutcome> outcomes = imports.importAll(directory.get(), progress);
            progress.endBar();
            var failed = outcomes.stream().filter(o -> !o.acceptable()).toList();
            failed.forEach(o -> err.println("  not imported: " + o.dataset().id() + " " + o.problems()));
            if (!failed.isEmpty()) {
                err.println(
                        "error: the demonstration needs the official data; fix the files above and run ./convener import");
                return 1;
            }
        }
        try {
            var accounts = AuditActor.as("demo", demo::load);
            out.println(
                    "Loaded the demonstration: the Red Wall Caucus, Labour Growth Group and Blue Labour caucuses; Derby and");
            out.println(
                    "Doncaster Red Labour local groups; stakeholders, engagements, asks at every status, a published");
            out.println("three-caucus letter and one still open for signatures. All of it is marked illustrative.");
            out.println(
                    "The assisted-dying divisions on record are marked as free votes, as an officer would mark them.");
            print(accounts, out);
            return 0;
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static void print(List<Demo.DemoAccount> accounts, PrintWriter out) {
        out.println();
        out.println("Accounts (one-time passwords, shown only now; each is changed at first sign-in):");
        int width = accounts.stream().mapToInt(a -> a.email().length()).max().orElse(20);
        for (var account : accounts) {
            out.printf(
                    "  %-" + width + "s  %s  %-13s %s%n",
                    account.email(),
                    account.oneTimePassword(),
                    account.role(),
                    account.who());
        }
        out.println();
        out.println("Start the server with ./convener serve and sign in at http://localhost:8080/login");
        out.flush();
    }
}
