package org.convener.polls.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convener.engine.Party;
import org.convener.engine.ShareVector;
import org.convener.engine.Sweep;
import org.convener.engine.SwingModel;
import org.convener.platform.CliCommand;
import org.convener.polls.Projections;
import org.convener.seats.SeatSets;
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
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "How many and which seats of a set a party takes as its GB share rises, and each seat's tipping point.",
            "The party's votes come from the others in proportion (or from --from-parties), starting",
            "from the 2024 result (or from the current poll average with --start polls)."
        })
class SweepCommand implements CliCommand, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--set",
            required = true,
            paramLabel = "NAME",
            description = "The seat set, e.g. redwall (see: convener sets list).")
    String set;

    @Option(
            names = "--party",
            defaultValue = "RUK",
            paramLabel = "PARTY",
            description = "The rising party (default ${DEFAULT-VALUE}).")
    String party;

    @Option(
            names = "--from",
            defaultValue = "15",
            paramLabel = "PERCENT",
            description = "Lowest GB share (default ${DEFAULT-VALUE}).")
    double from;

    @Option(
            names = "--to",
            defaultValue = "40",
            paramLabel = "PERCENT",
            description = "Highest GB share (default ${DEFAULT-VALUE}).")
    double to;

    @Option(
            names = "--step",
            defaultValue = "1",
            paramLabel = "POINTS",
            description = "Step between reported shares (default ${DEFAULT-VALUE}).")
    double step;

    @Option(
            names = "--from-parties",
            paramLabel = "PARTIES",
            description = "Comma-separated parties the votes come from (default: all others).")
    String fromParties;

    @Option(
            names = "--start",
            defaultValue = "2024",
            paramLabel = "2024|polls",
            description = "Starting shares (default ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--model", paramLabel = "MODEL", description = "uns, ps, tm or stm.")
    String model;

    @Option(names = "--tactical", description = "Apply the tactical-voting adjustment.")
    boolean tactical;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    private final Projections projections;
    private final SeatSets sets;
    private final ObjectMapper mapper;

    SweepCommand(Projections projections, SeatSets sets, ObjectMapper mapper) {
        this.projections = projections;
        this.sets = sets;
        this.mapper = mapper;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var seatSet = sets.find(set)
                .orElseThrow(() -> new IllegalArgumentException("no seat set called \"" + set + "\"; the sets are: "
                        + String.join(
                                ", ", sets.all().stream().map(s -> s.name()).toList())));
        Party rising =
                Party.ofCode(party).orElseThrow(() -> new IllegalArgumentException("unknown party \"" + party + "\""));
        List<Party> givers = fromParties == null
                ? Projections.othersThan(rising)
                : Arrays.stream(fromParties.split(","))
                        .map(code -> Party.ofCode(code.trim())
                                .orElseThrow(
                                        () -> new IllegalArgumentException("unknown party \"" + code.trim() + "\"")))
                        .toList();
        ShareVector base = switch (start) {
            case "2024" -> projections.baseline2024().shares();
            case "polls" ->
                projections
                        .currentAverage()
                        .orElseThrow(() -> new IllegalArgumentException("no polls imported"))
                        .shares();
            default -> throw new IllegalArgumentException("--start must be 2024 or polls");
        };
        SwingModel chosen = model == null ? projections.settings().swingModel() : SwingModel.ofCode(model);
        Sweep sweep =
                projections.sweep(seatSet, rising, givers, base, from / 100, to / 100, step / 100, chosen, tactical);
        var names = new LinkedHashMap<String, String>();
        sweep.tippingPoints().forEach(t -> names.put(t.code().value(), t.name()));
        if (json) {
            var result = new LinkedHashMap<String, Object>();
            result.put("set", seatSet.name());
            result.put("seatsInSet", seatSet.seats().size());
            result.put("party", rising.code());
            result.put("model", chosen.code());
            result.put("start", start);
            var steps = new ArrayList<Map<String, Object>>();
            for (var s : sweep.steps()) {
                var row = new LinkedHashMap<String, Object>();
                row.put("share", Json.round(s.share() * 100, 2));
                row.put("won", s.won().size());
                row.put("seats", s.won().stream().map(c -> c.value()).toList());
                steps.add(row);
            }
            result.put("steps", steps);
            var points = new ArrayList<Map<String, Object>>();
            for (var t : sweep.tippingPoints()) {
                var row = new LinkedHashMap<String, Object>();
                row.put("code", t.code().value());
                row.put("name", t.name());
                row.put("holder", t.holder().code());
                row.put("tippingPoint", t.share() == null ? null : Json.round(t.share() * 100, 1));
                row.put("wonAtLowestShare", t.wonFromTheStart());
                points.add(row);
            }
            result.put("tippingPoints", points);
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
            return 0;
        }
        out.printf(
                "%s (%d seats): %s's GB share from %.0f%% to %.0f%%, %s, starting from %s%n",
                seatSet.title(),
                seatSet.seats().size(),
                rising.code(),
                from,
                to,
                chosen.displayName(),
                start.equals("2024") ? "the 2024 result" : "the poll average");
        for (var s : sweep.steps()) {
            out.printf(
                    "  %5.1f%%  %3d  %s%n",
                    s.share() * 100,
                    s.won().size(),
                    String.join(
                            ", ",
                            s.won().stream().map(c -> names.get(c.value())).toList()));
        }
        out.println("Tipping points (the GB share at which each seat falls):");
        for (var t : sweep.tippingPoints()) {
            String at = t.share() == null
                    ? "not by " + Math.round(to) + "%"
                    : t.wonFromTheStart()
                            ? "already at " + Math.round(from) + "%"
                            : String.format("%.1f%%", t.share() * 100);
            out.printf("  %-45s %-5s %s%n", t.name(), t.holder().code(), at);
        }
        return 0;
    }
}
