package org.convener.seats.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convener.engine.Party;
import org.convener.seats.RunnerUpMatrix;
import org.convener.seats.SeatIntelligence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "summary",
        mixinStandardHelpOptions = true,
        description = "Shows the seats won in 2024 by party, the notional 2019 result, and who came second where.")
class SeatsSummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON with House of Commons Library party codes.")
    boolean json;

    private final SeatIntelligence seats;
    private final ObjectMapper mapper;

    SeatsSummaryCommand(SeatIntelligence seats, ObjectMapper mapper) {
        this.seats = seats;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!seats.hasResults()) {
            spec.commandLine().getErr().println("error: no results imported yet; run ./convener import first");
            return 1;
        }
        RunnerUpMatrix runnerUp = seats.runnerUp();
        if (json) {
            var summary = new LinkedHashMap<String, Object>();
            summary.put("totalSeats", seats.seats().size());
            summary.put("seats", byCode(seats.seatsWon()));
            summary.put("notional2019", byCode(seats.notionalSeatsWon2019()));
            var second = new LinkedHashMap<String, Object>();
            for (Party party : runnerUp.secondParties()) {
                second.put(
                        party.code(),
                        Map.of("total", runnerUp.secondPlaces(party), "byWinner", byCode(runnerUp.byWinner(party))));
            }
            summary.put("runnerUp", second);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
            return 0;
        }
        Map<Party, Integer> notional = seats.notionalSeatsWon2019();
        out.printf("2024 general election: %d seats%n", seats.seats().size());
        out.printf("  %-6s %5s %10s%n", "party", "seats", "2019 (n)");
        seats.seatsWon()
                .forEach((party, count) ->
                        out.printf("  %-6s %5d %10d%n", party.code(), count, notional.getOrDefault(party, 0)));
        out.println();
        out.println("Second places (by winner):");
        for (Party party : runnerUp.secondParties()) {
            var detail = new StringBuilder();
            runnerUp.byWinner(party)
                    .forEach((winner, n) -> detail.append(detail.isEmpty() ? "" : ", ")
                            .append(winner.code())
                            .append(' ')
                            .append(n));
            out.printf("  %-6s %5d  (%s)%n", party.code(), runnerUp.secondPlaces(party), detail);
        }
        out.println();
        out.println("(n) = notional 2019 result on the 2024 boundaries (Rallings and Thrasher).");
        return 0;
    }

    private static Map<String, Integer> byCode(Map<Party, Integer> counts) {
        var byCode = new LinkedHashMap<String, Integer>();
        counts.forEach((party, count) -> byCode.put(party.code(), count));
        return byCode;
    }
}
