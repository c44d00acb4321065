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

    @Autowired
    ProjectionSettings settings;

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
    void badScenariosAreUsageErrorsThatNameTheOption() {
        assertUsageError(
                run("simulate", "--shares", "Con=60,Lab=50"),
                "Invalid value for option '--shares': shares add up to 110%, more than 100%");
        assertUsageError(
                run("simulate", "--shares", "30"),
                "Invalid value for option '--shares': \"30\" is not PARTY=PERCENT, e.g. RUK=30");
        assertUsageError(run("simulate", "--shares", "Whig=10"), "--shares", "unknown party \"Whig\"");
        assertUsageError(
                run("simulate", "--shares", REFERENCE, "--national-sd", "-1"),
                "Invalid value for option '--national-sd': '-1' is not a number of points from 0 to 50");
        assertUsageError(
                run("simulate", "--shares", REFERENCE, "--seat-sd", "many"),
                "Invalid value for option '--seat-sd': 'many' is not a number of points from 0 to 50");
        assertUsageError(
                run("simulate", "--shares", REFERENCE, "--model", "magic"),
                "Invalid value for option '--model': unknown model \"magic\"; use uns, ps, tm or stm");
        assertUsageError(
                run("project", "--sims", "0"),
                "Invalid value for option '--sims': '0' is not a number of simulations: give a whole number, 1 or more");
        // how many simulations may run is the projections' one rule, checked as they run
        assertUsageError(run("simulate", "--shares", REFERENCE, "--sims", "20000000"), "simulations must be between");
        assertUsageError(run("backtest", "--model", "best"), "Invalid value for option '--model'");
        assertUsageError(
                run("sweep", "--set", "redwall", "--party", "Spk"),
                "Invalid value for option '--party': 'Spk' is not a party of the GB projection");
        assertUsageError(
                run("sweep", "--set", "redwall", "--from-parties", "Lab,Whig"),
                "Invalid value for option '--from-parties': 'Whig' is not a party of the GB projection");
        assertUsageError(
                run("sweep", "--set", "redwall", "--from", "40", "--to", "30"), "--from (40) must be below --to (30)");
        assertUsageError(run("sweep", "--set", "redwall", "--to", "140"), "Invalid value for option '--to'");
        assertUsageError(run("sweep", "--set", "redwall", "--step", "0"), "--step must be more than 0 points");
        assertUsageError(
                run("sweep", "--set", "redwall", "--start", "2019"),
                "Invalid value for option '--start': '2019' is not 2024 or polls");
        assertUsageError(run("sweep", "--set", "nowhere"), "no seat set called \"nowhere\"; the sets are: ");
    }

    @Test
    void simulateWithoutSharesSaysWhatIsMissing() {
        assertUsageError(
                run("simulate", "--sims", "1000"),
                "simulate needs --shares",
                "'convener project' projects the current poll average");
    }

    @Test
    void helpStatesTheDefaultsTheCommandsUse() throws Exception {
        String simulate = run("simulate", "--help").out().replaceAll("\\s+", " ");
        assertThat(simulate)
                .contains(
                        "Default: " + settings.model() + ", or CONVENER_PROJECTION_MODEL",
                        "Default: " + points(settings.nationalSd()) + ", or CONVENER_PROJECTION_NATIONAL_SD",
                        "Default: " + points(settings.regionalSd()) + ", or CONVENER_PROJECTION_REGIONAL_SD",
                        "Default: " + points(settings.seatSd()) + ", or CONVENER_PROJECTION_SEAT_SD",
                        String.format("for project %,d, or CONVENER_PROJECTION_SIMS", settings.sims()));

        JsonNode result = json.readTree(run("simulate", "--shares", REFERENCE, "--sims", "1000", "--json")
                .out());
        assertThat(result.at("/uncertainty/nationalSd").asDouble()).isEqualTo(settings.nationalSd());
        assertThat(result.at("/uncertainty/regionalSd").asDouble()).isEqualTo(settings.regionalSd());
        assertThat(result.at("/uncertainty/seatSd").asDouble()).isEqualTo(settings.seatSd());
        assertThat(result.get("model").asText()).isEqualTo(settings.model());
        assertThat(json.readTree(
                                run("simulate", "--shares", REFERENCE, "--json").out())
                        .get("sims")
                        .asInt())
                .isEqualTo(100_000);
    }

    private static String points(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static void assertUsageError(Run run, String... message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(message);
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
        assertThat(table.out())
                .contains("Uniform national swing", "Strong transition model", "of 632", "leave region out")
                .contains("Recommended (most seats called correctly leaving one region out): Transition model");
    }

    @Test
    void backtestScoresAnyTwoResultsFilesOnTheSameBoundaries() throws Exception {
        String data = "../../shared/data/";
        Run run = run(
                "backtest",
                "--from",
                data + "HoC-GE2017-results-by-constituency.csv",
                "--to",
                data + "HoC-GE2019-results-by-constituency.csv",
                "--model",
                "uns",
                "--json");

        JsonNode result = json.readTree(run.out());
        assertThat(result.get("seats").asInt()).isEqualTo(630);
        // as docs/models.md publishes; ElectionPairTest counts the winners from the file itself
        assertThat(result.get("correct").asInt()).isEqualTo(594);
        assertThat(result.at("/seatsByParty/Con/actual").asInt()).isEqualTo(364);

        assertUsageError(
                run("backtest", "--from", data + "HoC-GE2017-results-by-constituency.csv"),
                "--from and --to go together");
        assertUsageError(run("backtest", "--from", "nowhere.csv", "--to", "nowhere.csv"), "no such file: nowhere.csv");
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
        // each step's gains are the seats it holds that the step before did not
        var held = new java.util.HashSet<String>();
        for (JsonNode step : steps) {
            var seats = new java.util.HashSet<String>();
            step.get("seats").forEach(code -> seats.add(code.asText()));
            var gained = new java.util.HashSet<String>();
            step.get("gained").forEach(code -> gained.add(code.asText()));
            var expected = new java.util.HashSet<>(seats);
            expected.removeAll(held);
            assertThat(gained).as("gained at %s%%", step.get("share")).isEqualTo(expected);
            held = seats;
        }
    }

    @Test
    void sweepPrintsEachStepsNewSeatsOnly() throws Exception {
        JsonNode result = json.readTree(run("sweep", "--set", "redwall", "--from", "20", "--to", "35", "--json")
                .out());
        Run text = run("sweep", "--set", "redwall", "--from", "20", "--to", "35");

        assertThat(text.exit()).as(text.err()).isZero();
        var names = new java.util.HashMap<String, String>();
        result.get("tippingPoints")
                .forEach(t -> names.put(t.get("code").asText(), t.get("name").asText()));
        // the step lines: share, seats held, then the seats gained, wrapped under the first one
        String table = text.out()
                .substring(text.out().indexOf("share  seats"), text.out().indexOf("Tipping points"));
        var lines = new java.util.ArrayList<String>();
        for (String line : table.lines().skip(1).toList()) {
            if (line.matches("\\s+\\d+\\.\\d%.*")) {
                lines.add(line);
            } else {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line.trim());
            }
        }
        JsonNode steps = result.get("steps");
        assertThat(lines).hasSize(steps.size());
        for (int i = 0; i < lines.size(); i++) {
            var matcher = java.util.regex.Pattern.compile("\\s+([\\d.]+)%\\s+(\\d+)\\s*(.*)")
                    .matcher(lines.get(i));
            assertThat(matcher.matches()).as(lines.get(i)).isTrue();
            JsonNode step = steps.get(i);
            assertThat(Double.parseDouble(matcher.group(1)))
                    .isEqualTo(step.get("share").asDouble());
            assertThat(Integer.parseInt(matcher.group(2)))
                    .isEqualTo(step.get("won").asInt());
            var expected = new java.util.ArrayList<String>();
            step.get("gained").forEach(code -> expected.add(names.get(code.asText())));
            assertThat(matcher.group(3)).isEqualTo(String.join(", ", expected));
        }
        // the last step holds more seats than it names: the earlier ones are not repeated
        assertThat(steps.get(steps.size() - 1).get("won").asInt())
                .isGreaterThan(steps.get(steps.size() - 1).get("gained").size());
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
