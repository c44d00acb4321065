package org.convener.votes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.imports.DatasetImports;
import org.convener.votes.Blocs;
import org.convener.votes.Cohesions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ConvenerTest
class VotesCommandTest {

    @Autowired
    CommandLineInterface cli;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    Accounts accounts;

    @Autowired
    Cohesions cohesions;

    @Autowired
    Blocs blocs;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void demoLoaded() {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = cli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aDivisionAsJsonHasItsCountsSplitsAndEveryVote() throws Exception {
        Run run = run("votes", "division", "1829", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode division = new ObjectMapper().readTree(run.out());
        assertThat(division.path("declared").path("ayes").asInt()).isEqualTo(103);
        assertThat(division.path("listed").path("ayes").asInt()).isEqualTo(101);
        assertThat(division.path("parties").path("Lab").path("ayes").asInt()).isEqualTo(7);
        assertThat(division.path("caucuses").has(Demo.RED_WALL)).isTrue();
        var labourAyes = new ArrayList<String>();
        division.path("votes").forEach(v -> {
            if (v.path("party").asText().equals("Lab")
                    && v.path("vote").asText().equals("aye")) {
                labourAyes.add(v.path("name").asText());
                assertThat(v.path("againstParty").asBoolean()).isTrue();
            }
        });
        assertThat(labourAyes)
                .containsExactlyInAnyOrder(
                        "Apsana Begum",
                        "Ian Byrne",
                        "Imran Hussain",
                        "John McDonnell",
                        "Rebecca Long Bailey",
                        "Richard Burgon",
                        "Zarah Sultana");
        assertThat(division.path("votes")).hasSize(467);
    }

    @Test
    void aDivisionAsTextSaysBothCounts() {
        Run run = run("votes", "division", "1829");

        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains(
                        "King's Speech (Motion for an Address): Amendment (d)",
                        "Declared: 103 ayes, 363 noes (the noes have it)",
                        "Listed in Public Whip's per-MP list: 101 ayes, 362 noes (the list and the declared count disagree)",
                        "Aye  Lab    John McDonnell");
    }

    @Test
    void aCaucussCohesionAsJsonMatchesThePages() throws Exception {
        Run run = run("votes", "cohesion", "--group", Demo.RED_WALL, "--from", "2025-01-01", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        var expected = cohesions.of(
                blocs.caucus(blocs.findCaucus(Demo.RED_WALL).orElseThrow()),
                java.time.LocalDate.of(2025, 1, 1),
                null,
                false);
        assertThat(report.path("coverage").path("first").asText())
                .isEqualTo(expected.coverage().first().toString());
        assertThat(report.path("coverage").path("divisions").asInt())
                .isEqualTo(expected.coverage().divisions());
        assertThat(report.path("coverage").path("freeVotesLeftOut").asInt()).isEqualTo(2);
        assertThat(report.path("meanRice").asDouble())
                .isCloseTo(expected.averageRice().getAsDouble(), org.assertj.core.data.Offset.offset(0.0001));
        assertThat(report.path("party").asText()).isEqualTo("Lab");
        assertThat(report.path("members")).hasSize(expected.members().size());
    }

    @Test
    void mistakesAreRefusedWithTheReason() {
        Run unknownDivision = run("votes", "division", "99");
        assertThat(unknownDivision.exit()).isEqualTo(1);
        assertThat(unknownDivision.err()).contains("no division with id 99 is on record");

        Run unknownGroup = run("votes", "cohesion", "--group", "no-such-caucus");
        assertThat(unknownGroup.exit()).isEqualTo(1);
        assertThat(unknownGroup.err()).contains("no caucus with the short name \"no-such-caucus\"");

        assertThat(run("votes", "cohesion", "--group", Demo.RED_WALL, "--from", "2025-13-01")
                        .exit())
                .isEqualTo(2);
        assertThat(run("votes").exit()).isEqualTo(2);
    }
}
