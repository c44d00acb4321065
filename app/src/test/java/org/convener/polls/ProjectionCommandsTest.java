package org.convener.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.convener.ConvenerTest;
import org.convener.OfficialData;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** simulate, project, backtest and sweep as a user types them. */
@ConvenerTest
class ProjectionCommandsTest {

    static final String REFERENCE = "Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7";

    @Autowired
    CommandLineInterface cli;

    @Autowired
    DatasetImports imports;

    final ObjectMapper json = new ObjectMapper();

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = cli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void officialData() {
        OfficialData.imported(imports);
    }

    @Test
    void simulateRunsTheReferenceWorkloadAndPrintsEverySeat() throws Exception {
        Run run = run(
                "simulate",
                "--model",
                "uns",
                "--shares",
                REFERENCE,
                "--sims",
                "20000",
                "--national-sd",
                "2",
                "--seat-sd",
                "3",
                "--seed",
                "1",
                "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode result = json.readTree(run.out());
        assertThat(result.get("sims").asInt()).isEqualTo(20000);
        assertThat(result.get("seats").asInt()).isEqualTo(631);
        assertThat(result.get("model").asText()).isEqualTo("uns");
        assertThat(result.get("seconds").asDouble()).isPositive();
        assertThat(result.get("winProbability").size()).isEqualTo(631);
        JsonNode aldershot = result.at("/winProbability/E14001063");
        double total = 0;
        for (String party : new String[] {"Con", "Lab", "LD", "RUK", "Green", "SNP", "PC", "Oth"}) {
            total += aldershot.get(party).asDouble();
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        double meanSeats = 0;
        for (JsonNode totals : result.get("seatTotals")) {
            meanSeats += totals.get("mean").asDouble();
            assertThat(totals.get("p05").asDouble())
                    .isLessThanOrEqualTo(totals.get("median").asDouble());
            assertThat(totals.get("median").asDouble())
                    .isLessThanOrEqualTo(totals.get("p95").asDouble());
        }
        assertThat(meanSeats).isCloseTo(631, within(0.01));
        // Reform at 30% takes most seats in this scenario; the Speaker's Chorley is not among them
        assertThat(result.at("/seatTotals/RUK/median").asDouble())
                .isGreaterThan(result.at("/seatTotals/Lab/median").asDouble());
        assertThat(result.at("/winProbability/E14001170").isMissingNode()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameAnswer() throws Exception {
        String[] args = {"simulate", "--shares", REFERENCE, "--sims", "5000", "--seed", "42", "--json"};
        JsonNode one = json.readTree(run(args).out());
        JsonNode two = json.readTree(run(args).out());
        assertThat(one.get("winProbability")).isEqualTo(two.get("winProbability"));
        assertThat(one.get("seatTotals")).isEqualTo(two.get("seatTotals"));
    }

    @Test
    void badScenariosAreRefusedWithAClearMessage() {
        assertThat(run("simulate", "--shares", "Con=60,Lab=50")).satisfies(r -> {
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("shares add up to 110%, more than 100%");
        });
        assertThat(run("simulate", "--shares", "Whig=10").err()).contains("unknown party \"Whig\"");
        assertThat(run("simulate", "--shares", REFERENCE, "--national-sd", "-1").err())
                .contains("the national standard deviation must be zero or more");
        assertThat(run("simulate", "--shares", REFERENCE, "--model", "magic").err())
                .contains("unknown model \"magic\"");
        assertThat(run("simulate").err()).contains("give --shares");
    }

    @Test
    void projectUsesThePollAverageWhenNoSharesAreGiven() throws Exception {
        Run run = run("project", "--model", "stm", "--sims", "5000", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode result = json.readTree(run.out());
        assertThat(result.get("model").asText()).isEqualTo("stm");
        assertThat(result.at("/pollAverage/asOf").asText()).isEqualTo("2026-07-17");
        assertThat(result.at("/pollAverage/polls").size()).isGreaterThanOrEqualTo(5);
        int seats = 0;
        for (JsonNode n : result.get("seats")) {
            seats += n.asInt();
        }
        assertThat(seats).isEqualTo(631);
        assertThat(result.get("changes").size()).isPositive();
    }

    @Test
    void backtestPrintsTheModelsCallsSeatBySeat() throws Exception {
        Run run = run("backtest", "--model", "tm", "--tactical", "--json");

        JsonNode result = json.readTree(run.out());
        assertThat(result.get("seats").asInt()).isEqualTo(632);
        assertThat(result.get("correct").asInt()).isGreaterThanOrEqualTo(538);
        assertThat(result.get("predictions").size()).isEqualTo(632);
        assertThat(result.at("/predictions/E14001079").asText()).isIn("Lab", "Con", "RUK");

        Run table = run("backtest");
        assertThat(table.out()).contains("Uniform national swing", "Strong transition model", "of 632");
    }

    @Test
    void sweepShowsTheRedWallFallingAsReformRises() throws Exception {
        Run run = run("sweep", "--set", "redwall", "--party", "RUK", "--from", "15", "--to", "40", "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode result = json.readTree(run.out());
        JsonNode steps = result.get("steps");
        assertThat(steps.size()).isEqualTo(26);
        assertThat(steps.get(0).get("share").asDouble()).isEqualTo(15.0);
        assertThat(steps.get(25).get("share").asDouble()).isEqualTo(40.0);
        // Reform holds Ashfield from the start and takes more seats, never fewer, as its share rises
        assertThat(steps.get(0).get("seats").toString()).contains("E14001068");
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).get("won").asInt())
                    .isGreaterThanOrEqualTo(steps.get(i - 1).get("won").asInt());
        }
        assertThat(steps.get(25).get("won").asInt())
                .isGreaterThan(steps.get(0).get("won").asInt());
        assertThat(result.get("tippingPoints").size()).isEqualTo(50);

        assertThat(run("sweep", "--set", "nowhere").err()).contains("no seat set called \"nowhere\"");
    }

    @Test
    void setsCanBeListedCreatedAndShown() {
        assertThat(run("sets", "list").out()).contains("redwall", "50 seats");
        Run created = run("sets", "create", "cli-test", "--title", "A test set", "--codes", "E14001079,E14001068");
        assertThat(created.exit()).isZero();
        assertThat(run("sets", "show", "cli-test").out()).contains("Bassetlaw", "Ashfield");
        assertThat(run("sets", "delete", "cli-test").exit()).isZero();
        assertThat(run("sets", "delete", "redwall").err()).contains("cannot be deleted");
    }
}
