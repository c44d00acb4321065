package org.convener.polls.web;

import java.util.ArrayList;
import java.util.List;
import org.convener.engine.Party;
import org.convener.engine.Sweep;
import org.convener.engine.SwingModel;
import org.convener.platform.CurrentUser;
import org.convener.platform.Refusals;
import org.convener.polls.Projections;
import org.convener.seats.SeatSet;
import org.convener.seats.SeatSets;
import org.convener.shared.LineChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SetsController {

    private final SeatSets sets;
    private final Projections projections;

    SetsController(SeatSets sets, Projections projections) {
        this.sets = sets;
        this.projections = projections;
    }

    @GetMapping("/sets")
    String sets(Model model) {
        model.addAttribute("sets", sets.visibleTo(CurrentUser.get()));
        return "polls/sets";
    }

    /**
     * A set's seats and how they fall as a party rises: the sweep as a chart, each seat's tipping
     * point, and the seats lost at a share of the user's choosing.
     */
    @GetMapping("/sets/{name}")
    String set(
            @PathVariable String name,
            @RequestParam(defaultValue = "RUK") String party,
            @RequestParam(defaultValue = "15") double from,
            @RequestParam(defaultValue = "40") double to,
            @RequestParam(required = false) String model,
            @RequestParam(required = false) Double at,
            Model page) {
        SeatSet set = sets.findVisible(name, CurrentUser.get())
                .orElseThrow(() -> Refusals.notFound("There is no seat set called \"" + name + "\"."));
        Party rising = Party.ofCode(party)
                .filter(Party.GB_MODEL::contains)
                .orElseThrow(() -> Refusals.badRequest("\"" + party + "\" is not a party a GB projection models."));
        Sweep sweep;
        SwingModel chosen;
        try {
            chosen = model == null || model.isBlank() ? projections.settings().swingModel() : SwingModel.ofCode(model);
            if (to - from > 60 || from < 0 || to > 100) {
                throw new IllegalArgumentException("the range must lie between 0% and 100% and span at most 60 points");
            }
            sweep = projections.sweep(
                    set,
                    rising,
                    Projections.othersThan(rising),
                    projections.baseline2024().shares(),
                    from / 100,
                    to / 100,
                    0.005,
                    chosen,
                    false);
        } catch (IllegalArgumentException e) {
            throw Refusals.badRequest(e.getMessage());
        }
        double threshold = at == null ? Math.round((from + to) / 2) : at;
        page.addAttribute("set", set);
        page.addAttribute("seats", sets.seatsOf(set));
        page.addAttribute("sweep", sweep);
        page.addAttribute("party", rising);
        page.addAttribute("model", chosen);
        page.addAttribute("from", from);
        page.addAttribute("to", to);
        page.addAttribute("at", threshold);
        page.addAttribute("lostAt", lostAt(sweep, threshold / 100));
        page.addAttribute("models", SwingModel.values());
        page.addAttribute("chart", chart(sweep, set, rising, from, to));
        return "polls/set";
    }

    /** The seats the party holds at {@code share}: those whose tipping point is at or below it. */
    private static List<Sweep.TippingPoint> lostAt(Sweep sweep, double share) {
        return sweep.tippingPoints().stream()
                .filter(t -> t.share() != null && t.share() <= share + 1e-9)
                .toList();
    }

    private static LineChart chart(Sweep sweep, SeatSet set, Party party, double from, double to) {
        var points = new ArrayList<LineChart.Point>();
        for (Sweep.Step step : sweep.steps()) {
            points.add(new LineChart.Point(
                    step.share() * 100,
                    step.won().size(),
                    String.format(
                            "%.1f%%: %d seats", step.share() * 100, step.won().size())));
        }
        int seats = set.seats().size();
        double every = seats > 100 ? 50 : seats > 40 ? 10 : 5;
        return new LineChart(
                "Seats of the set " + party.displayName() + " wins as its GB share rises",
                List.of(new LineChart.Series(
                        "Seats won by " + party.displayName(), party.colour(), points, true, true)),
                LineChart.ticks(Math.ceil(from / 5) * 5, to, 5, "%"),
                LineChart.ticks(0, seats, every, ""),
                from,
                to,
                0,
                Math.max(1, seats),
                party.code() + " share of the GB vote",
                null);
    }
}
