package org.convener.seats.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.convener.engine.Candidacy;
import org.convener.engine.Party;
import org.convener.engine.Result;
import org.convener.engine.VoteShares;
import org.convener.seats.Contest;
import org.convener.seats.Seat;
import org.convener.shared.BarChart;
import org.convener.shared.Format;

/** A seat's page: its results laid out as tables and a chart. */
public record SeatView(Seat seat) {

    /**
     * One line of a result table.
     *
     * @param change change in the party's share against the comparison result, shown on the
     *     party's first line only
     */
    public record Line(Candidacy candidacy, double share, Optional<Double> change) {}

    public List<Line> general2024() {
        return lines(seat.result(), party -> seat.changeSince2019(party));
    }

    public List<Line> notional2019() {
        return seat.notional2019() == null
                ? List.of()
                : lines(seat.notional2019().result(), party -> Optional.empty());
    }

    /** A by-election's lines, with change against the 2024 general election. */
    public List<Line> byElection(Contest contest) {
        VoteShares before = seat.result().shares();
        VoteShares after = contest.result().shares();
        return lines(
                contest.result(),
                party -> party == Party.IND || party == Party.OTH || !before.contains(party)
                        ? Optional.empty()
                        : Optional.of(after.changeSince(before, party)));
    }

    /** The swing, in points, the runner-up needs to take the seat. */
    public String swingNeeded() {
        return Format.points(seat.result().swingToOvertake()).replace("+", "");
    }

    /** Shares of the main parties in 2024 against the notional 2019 result. */
    public BarChart shareChart() {
        VoteShares now = seat.result().shares();
        VoteShares then = seat.notional2019() == null
                ? null
                : seat.notional2019().result().shares();
        var rows = new ArrayList<BarChart.Row>();
        for (Party party : Party.values()) {
            double current = now.get(party);
            double earlier = then == null ? 0 : then.get(party);
            if (party == Party.OTH || party == Party.IND || Math.max(current, earlier) < 0.01) {
                continue;
            }
            var bars = new ArrayList<BarChart.Bar>();
            if (then != null) {
                bars.add(new BarChart.Bar(earlier, "bar-" + party.code(), Format.percent(earlier), true));
            }
            bars.add(new BarChart.Bar(current, "bar-" + party.code(), Format.percent(current), false));
            rows.add(new BarChart.Row(party.code(), bars));
        }
        rows.sort((a, b) -> Double.compare(last(b), last(a)));
        List<String> series = then == null ? List.of("2024") : List.of("2019 notional", "2024");
        return new BarChart("Vote shares in " + seat.name() + ", 2019 notional and 2024", rows, 0, series);
    }

    private static double last(BarChart.Row row) {
        return row.bars().get(row.bars().size() - 1).value();
    }

    private interface Change {
        Optional<Double> of(Party party);
    }

    private static List<Line> lines(Result result, Change change) {
        var lines = new ArrayList<Line>();
        var shown = new HashSet<Party>();
        for (Candidacy c : result.candidacies()) {
            Optional<Double> delta = shown.add(c.party()) ? change.of(c.party()) : Optional.empty();
            lines.add(new Line(c, result.share(c), delta));
        }
        return lines;
    }
}
