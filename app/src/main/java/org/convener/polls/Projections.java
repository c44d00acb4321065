package org.convener.polls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.convener.engine.Backtest;
import org.convener.engine.Baseline;
import org.convener.engine.ModelOptions;
import org.convener.engine.Party;
import org.convener.engine.PollAverage;
import org.convener.engine.Projection;
import org.convener.engine.SeatBaseline;
import org.convener.engine.ShareVector;
import org.convener.engine.Simulation;
import org.convener.engine.Sweep;
import org.convener.engine.SwingModel;
import org.convener.engine.TacticalVoting;
import org.convener.platform.imports.DatasetImported;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.convener.seats.SeatSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Projections of the next election from the 2024 result: for given shares, under the current
 * poll average, as a sweep of one party's share, and the backtest of the models on 2024.
 */
@Service
public class Projections {

    private static final int CACHED_RUNS = 32;
    /**
     * Simulations kept in memory across the recent runs (each keeps its seat totals per
     * simulation): about 50 MB, whatever seeds and sizes visitors ask for.
     */
    private static final long CACHED_SIMS = 1_000_000;

    private final SeatIntelligence seats;
    private final Polls polls;
    private final ProjectionSettings settings;
    private final AtomicReference<ProjectionRun> current = new AtomicReference<>();
    private final Map<Scenario, ProjectionRun> recent =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true));

    Projections(SeatIntelligence seats, Polls polls, ProjectionSettings settings) {
        this.seats = seats;
        this.polls = polls;
        this.settings = settings;
    }

    public ProjectionSettings settings() {
        return settings;
    }

    /** The seats projected: Great Britain, without the Speaker's seat, which parties do not contest. */
    public List<Seat> projectedSeats() {
        return seats.seats().stream()
                .filter(s -> s.constituency().nation().inGreatBritain())
                .filter(s -> s.winner() != Party.SPK)
                .toList();
    }

    /** The 2024 result of the projected seats, in {@link #projectedSeats()} order. */
    public Baseline baseline2024() {
        return baseline(projectedSeats(), Seat::general2024Baseline);
    }

    /** A recent run of this scenario, if one is kept: asking for it costs nothing. */
    public Optional<ProjectionRun> recent(Scenario scenario) {
        return Optional.ofNullable(recent.get(scenario));
    }

    /**
     * Projects and simulates a scenario; recent answers are kept, so asking again is instant.
     *
     * @throws IllegalArgumentException when it asks for more simulations than the limit allows
     */
    public ProjectionRun run(Scenario scenario) {
        ProjectionRun cached = recent.get(scenario);
        if (cached != null) {
            return cached;
        }
        settings.checkSims(scenario.sims());
        requireResults();
        long started = System.nanoTime();
        List<Seat> projected = projectedSeats();
        var projection = Projection.of(
                baseline(projected, Seat::general2024Baseline),
                scenario.targets(),
                scenario.model(),
                scenario.options());
        var simulation = Simulation.run(projection, scenario.uncertainty(), scenario.sims(), scenario.seed());
        var run = new ProjectionRun(
                scenario, projection, simulation, projected, heldSeats(), (System.nanoTime() - started) / 1e9);
        keep(scenario, run);
        return run;
    }

    private void keep(Scenario scenario, ProjectionRun run) {
        synchronized (recent) {
            recent.put(scenario, run);
            long sims = recent.keySet().stream().mapToLong(Scenario::sims).sum();
            var eldest = recent.keySet().iterator();
            while ((recent.size() > CACHED_RUNS || sims > CACHED_SIMS) && recent.size() > 1) {
                sims -= eldest.next().sims();
                eldest.remove();
            }
        }
    }

    /** The scenario of the current poll average under the default settings. */
    public Optional<Scenario> currentScenario() {
        return polls.currentAverage().map(average -> defaultScenario(average.shares()));
    }

    public Scenario defaultScenario(ShareVector shares) {
        return new Scenario(shares, settings.swingModel(), false, false, settings.uncertainty(), settings.sims(), 1);
    }

    /** The projection under the current poll average, kept until the next import. */
    public Optional<ProjectionRun> current() {
        if (!seats.hasResults()) {
            return Optional.empty();
        }
        ProjectionRun run = current.get();
        if (run == null) {
            Optional<Scenario> scenario = currentScenario();
            if (scenario.isEmpty()) {
                return Optional.empty();
            }
            run = run(scenario.get());
            current.set(run);
        }
        return Optional.of(run);
    }

    public Optional<PollAverage> currentAverage() {
        return polls.currentAverage();
    }

    /**
     * The models' backtest: the notional 2019 result of the 632 seats of Great Britain projected
     * with each region's actual 2024 shares, against the 2024 winners.
     */
    public Backtest backtest(SwingModel model, boolean tactical) {
        var options = tactical ? ModelOptions.DEFAULTS.withTactical(TacticalVoting.DEFAULT) : ModelOptions.DEFAULTS;
        return Backtest.run(backtestPair(), model, options);
    }

    /** The notional 2019 result of the 632 seats of Great Britain and the 2024 result, as imported. */
    public Backtest.Pair backtestPair() {
        requireResults();
        List<Seat> gb = seats.seats().stream()
                .filter(s -> s.constituency().nation().inGreatBritain())
                .toList();
        if (gb.stream().anyMatch(s -> s.notional2019() == null)) {
            throw new IllegalStateException("the notional 2019 results are not imported; run ./convener import");
        }
        var before = baseline(
                gb, s -> SeatBaseline.of(s.constituency(), s.notional2019().result()));
        var after = baseline(gb, Seat::general2024Baseline);
        var winners = new LinkedHashMap<org.convener.engine.ConstituencyCode, Party>();
        gb.forEach(s -> winners.put(s.constituency().code(), s.winner()));
        return new Backtest.Pair(before, after, winners);
    }

    /**
     * How the seats of a set fall as a party's GB share rises from {@code from} to {@code to},
     * starting from {@code start} and taking the votes from {@code givers} in proportion.
     */
    public Sweep sweep(
            SeatSet set,
            Party party,
            List<Party> givers,
            ShareVector start,
            double from,
            double to,
            double step,
            SwingModel model,
            boolean tactical) {
        requireResults();
        var options = tactical ? ModelOptions.DEFAULTS.withTactical(TacticalVoting.DEFAULT) : ModelOptions.DEFAULTS;
        return Sweep.run(baseline2024(), start, party, givers, from, to, step, set.seats(), model, options);
    }

    /** Seats won in 2024 that the projection holds as they are: Northern Ireland and the Speaker's. */
    public Map<Party, Integer> heldSeats() {
        var held = new EnumMap<Party, Integer>(Party.class);
        seats.seats().stream()
                .filter(s -> !s.constituency().nation().inGreatBritain() || s.winner() == Party.SPK)
                .forEach(s -> held.merge(s.winner(), 1, Integer::sum));
        return held;
    }

    /** The parties of the model other than {@code party}, to take its votes from by default. */
    public static List<Party> othersThan(Party party) {
        var others = new ArrayList<>(Party.GB_MODEL);
        others.remove(party);
        return others;
    }

    @EventListener
    void on(DatasetImported event) {
        current.set(null);
        recent.clear();
    }

    private void requireResults() {
        if (!seats.hasResults()) {
            throw new IllegalStateException("no results imported yet; run ./convener import");
        }
    }

    private static Baseline baseline(List<Seat> seats, java.util.function.Function<Seat, SeatBaseline> of) {
        return new Baseline(seats.stream().map(of).toList());
    }
}
