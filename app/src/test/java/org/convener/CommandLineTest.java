package org.convener;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

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
        assertThat(run("bogus").exit()).isEqualTo(2);
        assertThat(run("seats").exit()).isEqualTo(2);
        assertThat(run("seats", "summary", "--xml")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("Unknown option: '--xml'");
        });
    }
}
