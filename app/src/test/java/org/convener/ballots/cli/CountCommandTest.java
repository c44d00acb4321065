package org.convener.ballots.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.CommandLineInterface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ./convener count} as a user types it, against the published ballot test vectors. */
@ConvenerTest
class CountCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CommandLineInterface cli;

    @TempDir
    Path temp;

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = cli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    static Path ballots() {
        return OfficialData.directory().resolve("ballots");
    }

    @Test
    void writesOneJsonPerFileThatMatchesEveryPublishedScottishCount() throws Exception {
        Run run = run("count", "--rule", "scottish-stv", ballots().toString(), "--out", temp.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<Path> expected;
        try (Stream<Path> files = Files.list(ballots())) {
            expected = files.filter(p -> p.toString().endsWith(".scottish-stv.json"))
                    .sorted()
                    .toList();
        }
        assertThat(expected).hasSize(102);
        var compared = new ArrayList<String>();
        for (Path want : expected) {
            JsonNode w = JSON.readTree(want.toFile());
            String base = w.get("file").asText().replace(".blt", "");
            JsonNode got = JSON.readTree(temp.resolve(base + ".json").toFile());
            assertThat(got.get("file").asText()).isEqualTo(w.get("file").asText());
            assertThat(got.get("rule").asText()).isEqualTo("scottish-stv");
            assertThat(got.get("quota").asText())
                    .as(base)
                    .isEqualTo(w.get("quota").asText());
            assertThat(got.get("stages"))
                    .as(base + " stages")
                    .hasSize(w.get("stages").size());
            for (int i = 0; i < w.get("stages").size(); i++) {
                JsonNode ws = w.get("stages").get(i);
                JsonNode gs = got.get("stages").get(i);
                assertThat(gs.get("action").asText()).isEqualTo(ws.get("action").asText());
                assertThat(gs.get("non_transferable").asText())
                        .as(base + " stage " + (i + 1))
                        .isEqualTo(ws.get("non_transferable").asText());
                ws.get("totals").fields().forEachRemaining(e -> {
                    String name = e.getKey().strip().replaceAll("\\s+", " ");
                    assertThat(gs.get("totals").get(name).asText())
                            .as(base + " " + name)
                            .isEqualTo(e.getValue().asText());
                });
            }
            compared.add(base);
        }
        assertThat(compared).hasSize(102);
        assertThat(run.out()).contains("wrote ", "glasgow-2022-ward02-newlands-auldburn.json");
    }

    @Test
    void printsAStageTableAndTheJsonOfOneFile() throws Exception {
        Path file = ballots().resolve("synthetic-tie-by-lot.blt");
        Run table = run("count", "--rule", "scottish-stv", file.toString());
        assertThat(table.exit()).isZero();
        assertThat(table.out())
                .contains(
                        "rule scottish-stv, 2 seats, 6 valid papers, quota 3.00000",
                        "stage  2  surplus of Castor",
                        "stage  3  exclusion of Pollux; elected Helen",
                        "elected: Castor, Helen");

        Run json = run("count", "--rule", "wigm", "--json", file.toString());
        assertThat(json.exit()).isZero();
        JsonNode got = JSON.readTree(json.out());
        assertThat(got.get("elected")).extracting(JsonNode::asText).containsExactly("Castor", "Helen");
        assertThat(got.get("stages").get(1).get("totals").get("Pollux").asText())
                .isEqualTo("2.000000000000000000");
        assertThat(got.get("ties"))
                .extracting(JsonNode::asText)
                .containsExactly(
                        "Tie for exclusion between Pollux, Helen: by lot (by the candidates' order in the file), Pollux");
    }

    @Test
    void seatsCanBeChangedAndLotsDrawnWithASeed() throws Exception {
        Path file = ballots().resolve("gpus-2005-steering-committee.blt");
        Run one = run("count", "--rule", "irv", "--seats", "1", "--json", file.toString());
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(JSON.readTree(one.out()).get("elected")).hasSize(1);

        Run a = run("count", "--rule", "wigm", "--lot", "random", "--seed", "7", "--json", file.toString());
        Run b = run("count", "--rule", "wigm", "--lot", "random", "--seed", "7", "--json", file.toString());
        assertThat(a.exit()).isZero();
        assertThat(a.out()).isEqualTo(b.out()).contains("at random, seed 7");
    }

    @Test
    void aBadFileIsNamedWithItsLineAndNothingIsWritten() throws Exception {
        Path good = ballots().resolve("synthetic-tie-by-lot.blt");
        Path bad = temp.resolve("bad.blt");
        Files.writeString(bad, "3 1\n1 1 4 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
        Path out = temp.resolve("out");
        Run run =
                run("count", "--rule", "irv", "--seats", "1", good.toString(), bad.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: bad.blt:2: candidate 4 is not one of the 3 candidates");
        assertThat(out).doesNotExist();
    }

    @Test
    void usageErrorsExitWithTwo() {
        Path file = ballots().resolve("synthetic-tie-by-lot.blt");
        assertThat(run("count", "--rule", "borda", file.toString()).exit()).isEqualTo(2);
        assertThat(run("count", "--rule", "irv", "--lot", "random", file.toString())
                        .err())
                .contains("--lot random needs --seed N");
        assertThat(run("count", "--rule", "irv", temp.resolve("none.blt").toString())
                        .err())
                .contains("does not exist");
        Run severalSeats = run("count", "--rule", "irv", file.toString());
        assertThat(severalSeats.exit()).isEqualTo(1);
        assertThat(severalSeats.err()).contains("instant-runoff fills one seat");
    }
}
