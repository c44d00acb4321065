package org.convener.polls.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.engine.ShareVector;
import org.convener.engine.Sweep;
import org.convener.engine.SwingModel;
import org.convener.platform.CliCommand;
import org.convener.platform.OptionsCheck;
import org.convener.polls.Projections;
import org.convener.seats.SeatSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "sweep",
        mixinStandardHelpOptions = true,
        description = {
            "Shows which seats of a set a party takes as its GB share rises, and each seat's tipping point.",
            "The rising party's votes come from the other parties in proportion to their shares (or from"
                    + " --from-parties only), starting from the 2024 result or, with --start polls, from the"
                    + " current poll average. Each line gives a share, the seats of the set the party holds"
                    + " there and the seats it gains since the line before; --json lists every seat held at"
                    + " each share."
        })
class SweepCommand implements CliCommand, OptionsCheck, Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--set",
            required = true,
            paramLabel = "NAME",
            description = "The seat set, e.g. redwall ('convener sets list' shows them).")
    String set;

    @Option(
            names = "--party",
            defaultValue = "RUK",
            paramLabel = "PARTY",
            converter = OptionValues.GbParty.class,
            description = "The rising party, by House of Commons Library code. Default: ${DEFAULT-VALUE}.")
    String party;

    @Option(
            names = "--from",
            defaultValue = "15",
            paramLabel = "PERCENT",
            converter = OptionValues.Percent.class,
            description = "The lowest GB share, in percent. Default: ${DEFAULT-VALUE}.")
    double from;

    @Option(
            names = "--to",
            defaultValue = "40",
            paramLabel = "PERCENT",
            converter = OptionValues.Percent.class,
            description = "The highest GB share, in percent. Default: ${DEFAULT-VALUE}.")
    double to;

    @Option(
            names = "--step",
            defaultValue = "1",
            paramLabel = "POINTS",
            converter = OptionValues.Percent.class,
            description = "Points between the shares shown. Default: ${DEFAULT-VALUE}.")
    double step;

    @Option(
            names = "--from-parties",
            paramLabel = "PARTIES",
            converter = OptionValues.GbParties.class,
            description = "Comma-separated parties whose votes the rising party takes, in proportion to their"
                    + " shares. Default: all the others.")
    String fromParties;

    @Option(
            names = "--start",
            defaultValue = "2024",
            paramLabel = "2024|polls",
            converter = Start.class,
            description = "The starting shares: 2024 (the 2024 result) or polls (the current poll average)."
                    + " Default: ${DEFAULT-VALUE}.")
    String start;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            converter = OptionValues.Model.class,
            description = "uns (uniform national swing), ps (proportional swing), tm (transition model) or stm"
                    + " (strong transition model). Default: tm, or CONVENER_PROJECTION_MODEL.")
    String model;

    @Option(names = "--tactical", description = "Apply the tactical-voting adjustment (see docs/models.md).")
    boolean tactical;

    @Option(names = "--json", description = "Print JSON: the seats held at each share, and each seat's tipping point.")
    boolean json;

    /** The starting point: the 2024 result or the poll average. */
    static final class Start implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.equals("2024") && !value.equals("polls")) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not 2024 or polls");
            }
            return value;
        }
    }

    @Override
    public void checkOptions() {
        if (!(from < to)) {
            throw new ParameterException(
                    spec.commandLine(), "--from (" + percent(from) + ") must be below --to (" + percent(to) + ")");
        }
        if (!(step > 0)) {
            throw new ParameterException(spec.commandLine(), "--step must be more than 0 points");
        }
        if (fromParties != null && Arrays.asList(fromParties.split(",")).contains(party)) {
            throw new ParameterException(
                    spec.commandLine(), "--from-parties cannot include the rising party, " + party);
        }
    }

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
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "no seat set called \"" + set + "\"; the sets are: "
                                + String.join(
                                        ", ",
                                        sets.all().stream().map(s -> s.name()).toList())));
        Party rising = OptionValues.party(party);
        List<Party> givers = fromParties == null
                ? Projections.othersThan(rising)
                : Arrays.stream(fromParties.split(",")).map(OptionValues::party).toList();
        ShareVector base = switch (start) {
            case "2024" -> projections.baseline2024().shares();
            case "polls" ->
                projections
                        .currentAverage()
                        .orElseThrow(() -> new IllegalArgumentException(
                                "no polls imported for a poll average; run ./convener import, or start from 2024"))
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
            List<ConstituencyCode> before = List.of();
            for (var s : sweep.steps()) {
                var row = new LinkedHashMap<String, Object>();
                row.put("share", Json.round(s.share() * 100, 2));
                row.put("won", s.won().size());
                row.put("seats", s.won().stream().map(c -> c.value()).toList());
                row.put("gained", codes(without(s.won(), before)));
                row.put("lost", codes(without(before, s.won())));
                steps.add(row);
                before = s.won();
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
                "%s (%d seats): %s's GB share from %s%% to %s%%, %s, starting from %s%n",
                seatSet.title(),
                seatSet.seats().size(),
                rising.code(),
                percent(from),
                percent(to),
                chosen.displayName().toLowerCase(java.util.Locale.ROOT),
                start.equals("2024") ? "the 2024 result" : "the poll average");
        out.println("   share  seats  gained (at the first share: every seat held)");
        List<ConstituencyCode> before = List.of();
        for (var s : sweep.steps()) {
            var change = new ArrayList<String>();
            without(s.won(), before).forEach(c -> change.add(names.get(c.value())));
            without(before, s.won()).forEach(c -> change.add("lost " + names.get(c.value())));
            out.print(wrapped(
                    String.format("  %5.1f%%  %5d  ", s.share() * 100, s.won().size()), change));
            before = s.won();
        }
        out.println("Tipping points (the GB share at which each seat falls):");
        for (var t : sweep.tippingPoints()) {
            String at = t.share() == null
                    ? "not by " + percent(to) + "%"
                    : t.wonFromTheStart()
                            ? "already at " + percent(from) + "%"
                            : String.format("%.1f%%", t.share() * 100);
            out.printf("  %-45s %-5s %s%n", t.name(), t.holder().code(), at);
        }
        return 0;
    }

    /** The codes of {@code seats} that are not in {@code others}, in order. */
    private static List<ConstituencyCode> without(List<ConstituencyCode> seats, List<ConstituencyCode> others) {
        var set = new java.util.HashSet<>(others);
        return seats.stream().filter(c -> !set.contains(c)).toList();
    }

    private static List<String> codes(List<ConstituencyCode> seats) {
        return seats.stream().map(ConstituencyCode::value).toList();
    }

    /** {@code lead} then the names, comma-separated, wrapped at 80 columns under the first name. */
    static String wrapped(String lead, List<String> names) {
        if (names.isEmpty()) {
            return lead.stripTrailing() + System.lineSeparator();
        }
        var text = new StringBuilder(lead);
        String indent = " ".repeat(lead.length());
        int column = lead.length();
        for (int i = 0; i < names.size(); i++) {
            String word = names.get(i) + (i < names.size() - 1 ? "," : "");
            if (column > lead.length() && column + 1 + word.length() > 80) {
                text.append(System.lineSeparator()).append(indent);
                column = indent.length();
            } else if (column > lead.length()) {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
        }
        return text.append(System.lineSeparator()).toString();
    }

    private static String percent(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
