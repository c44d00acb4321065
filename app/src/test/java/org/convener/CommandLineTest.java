package org.convener;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine.Command;

/** The commands as a user types them, with their output and exit status. */
@ConvenerTest
class CommandLineTest {

    @Autowired
    CommandLineInterface cli;

    @Autowired
    DatasetImports imports;

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = cli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importsFromADataDirectoryAndASecondRunChangesNothing() {
        Run first = run("import", "--data-dir", OfficialData.directory().toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("[1/9] ge2024", "ge2024", "650 constituencies, 4,515 candidacies");

        Run second = run("import", "--data-dir", OfficialData.directory().toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("0 imported, 8 unchanged, 0 not imported, 1 optional absent.");
    }

    @Test
    void aDamagedFileFailsTheCommandAndSaysWhere() throws Exception {
        Path data = OfficialData.copyTo(temp.resolve("data"));
        Path file = data.resolve("HoC-GE2024-results-by-candidate.csv");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace(
                                "W07000081,W92000004,Aberafan Maesteg,,Wales,Wales,County,Heritage Party,HPUK,PP12550,1037,,Rhiannon,Morrissey,Female,No,No,,183,",
                                "W07000081,W92000004,Aberafan Maesteg,,Wales,Wales,County,Heritage Party,HPUK,PP12550,1037,,Rhiannon,Morrissey,Female,No,No,,one hundred,"));

        Run run = run("import", "--data-dir", data.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "FAILED",
                        "HoC-GE2024-results-by-candidate.csv, line 2, column \"Votes\": \"one hundred\" is not a whole number");
    }

    @Test
    void aDataDirectoryThatDoesNotExistIsAnError() {
        Run run = run("import", "--data-dir", temp.resolve("nowhere").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("does not exist");
    }

    @Test
    void seatSummaryAsJsonUsesTheLibrarysPartyCodes() throws Exception {
        OfficialData.imported(imports);

        Run run = run("seats", "summary", "--json");

        assertThat(run.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/seats/Lab").asInt()).isEqualTo(411);
        assertThat(json.at("/seats/Con").asInt()).isEqualTo(121);
        assertThat(json.at("/seats/RUK").asInt()).isEqualTo(5);
        assertThat(json.at("/runnerUp/RUK/total").asInt()).isEqualTo(98);
        assertThat(json.at("/runnerUp/RUK/byWinner/Lab").asInt()).isEqualTo(89);
        assertThat(json.at("/runnerUp/RUK/byWinner/Con").asInt()).isEqualTo(9);
        assertThat(json.at("/notional2019/Con").asInt()).isEqualTo(372);
    }

    @Test
    void seatSummaryAsText() {
        OfficialData.imported(imports);

        Run run = run("seats", "summary");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("2024 general election: 650 seats")
                .containsPattern("RUK\\s+98\\s+\\(Lab 89, Con 9\\)");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("bogus")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("unknown command 'bogus'");
        });
        assertThat(run("seats")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("'convener seats' needs a command: summary");
        });
        assertThat(run("seats", "summary", "--xml")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("Unknown option: '--xml'", "See 'convener seats summary --help'.");
        });
    }

    @Test
    void badOptionValuesAreUsageErrorsThatNameTheOption() {
        OfficialData.imported(imports);

        assertUsageError(
                run("sets", "create", "Bad_Name", "--title", "T", "--codes", "E14001079"),
                "Invalid value for positional parameter at index 0 (NAME)",
                "is not a seat-set name");
        assertUsageError(
                run("sets", "create", "x", "--title", "T", "--winner", "Whig"),
                "Invalid value for option '--winner': 'Whig' is not a House of Commons Library party code");
        assertUsageError(
                run("sets", "create", "x", "--title", "T", "--nation", "Mercia"),
                "Invalid value for option '--nation': 'Mercia' is not England, Scotland, Wales or \"Northern Ireland\"");
        assertUsageError(
                run("sets", "create", "x", "--title", "T", "--max-majority", "120"),
                "Invalid value for option '--max-majority': '120' is not a percentage from 0 to 100");
        assertUsageError(
                run("sets", "create", "x", "--title", "T", "--codes", "E14009999"),
                "not 2024 constituency codes: E14009999");
        assertUsageError(run("sets", "create", "x", "--title", "T"), "Error: Missing required argument");
        assertUsageError(run("sets", "show", "nowhere"), "no seat set called \"nowhere\"");
        assertUsageError(run("sets", "delete", "nowhere"), "no seat set called \"nowhere\"");
        assertUsageError(
                run("admin", "create", "--email", "not-an-address"),
                "Invalid value for option '--email': \"not-an-address\" is not an email address");
        assertUsageError(run("admin", "create"), "Missing required option: '--email=EMAIL'");
        assertUsageError(run("sets", "delete", "redwall"), "\"redwall\" comes with the data and cannot be deleted");
    }

    @Test
    void failuresExitWithOne() {
        OfficialData.imported(imports);

        assertThat(run(
                        "sets",
                        "create",
                        "from-file",
                        "--title",
                        "T",
                        "--csv",
                        temp.resolve("missing.csv").toString()))
                .satisfies(r -> {
                    assertThat(r.exit()).isEqualTo(1);
                    assertThat(r.err()).contains("missing.csv does not exist");
                });
        assertThat(run("import", "--data-dir", temp.resolve("nowhere").toString()))
                .satisfies(r -> {
                    assertThat(r.exit()).isEqualTo(1);
                    assertThat(r.err()).contains("does not exist");
                });
    }

    @Test
    void everyCommandsHelpIsWholeAndFormatted() {
        for (List<String> command : commandPaths()) {
            var args = new ArrayList<>(command);
            args.add("--help");
            Run help = run(args.toArray(String[]::new));
            String name = String.join(" ", command);

            assertThat(help.exit()).as(name).isZero();
            assertThat(help.err()).as(name).isEmpty();
            assertThat(help.out())
                    .as(name)
                    .startsWith("Usage: convener " + name)
                    .doesNotContain("%n", "%%", "null", "${");
            // the summary, after the usage line and a blank line, is a whole sentence
            String summary = help.out().split("\\R\\R")[1].replaceAll("\\s+", " ");
            assertThat(summary).as(name).matches("[A-Z].*\\.");
        }
        Run root = run("--help");
        assertThat(root.out()).contains("Commands:", "Exit status: 0 on success");
        for (List<String> command : commandPaths()) {
            assertThat(root.out()).contains("  " + command.get(0) + " ");
        }
    }

    private static void assertUsageError(Run run, String... message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(message);
    }

    /** Every command as typed: top-level ones and each subcommand of the groups. */
    static List<List<String>> commandPaths() {
        var paths = new ArrayList<List<String>>();
        for (Class<?> type : CommandLineInterface.commands()) {
            Command command = type.getAnnotation(Command.class);
            paths.add(List.of(command.name()));
            for (Class<?> sub : command.subcommands()) {
                paths.add(
                        List.of(command.name(), sub.getAnnotation(Command.class).name()));
            }
        }
        return paths;
    }
}
