package org.convener.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.Party;
import org.convener.engine.PollAverage;
import org.convener.engine.SeatTotals;
import org.convener.engine.ShareVector;
import org.convener.engine.SwingModel;
import org.convener.platform.CurrentUser;
import org.convener.polls.Polls;
import org.convener.polls.ProjectionRun;
import org.convener.polls.Projections;
import org.convener.polls.PublishedPoll;
import org.convener.polls.Scenario;
import org.convener.seats.SeatSets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Polls and projections", description = "The poll average, the polls, projections and sweeps")
@SecurityRequirement(name = ApiSecurity.TOKEN)
class PollsApi {

    private final Polls polls;
    private final Projections projections;
    private final SeatSets sets;

    PollsApi(Polls polls, Projections projections, SeatSets sets) {
        this.polls = polls;
        this.projections = projections;
        this.sets = sets;
    }

    record PollJson(
            long id,
            LocalDate fieldworkStart,
            LocalDate fieldworkEnd,
            String pollster,
            String client,
            Integer sampleSize,
            boolean mrp,

            @Schema(description = "GB shares in percent by party code")
            Map<String, Double> shares) {}

    record AverageJson(LocalDate asOf, Map<String, Double> shares, List<WeightJson> polls) {}

    record WeightJson(String pollster, LocalDate fieldworkEnd, double weight) {}

    @Schema(description = "A scenario: GB shares in percent and how to carry them into seats")
    record ScenarioJson(
            @Schema(
                    description = "GB shares in percent by party code; Oth takes the rest",
                    example = "{\"Con\":18,\"Lab\":22,\"LD\":12,\"RUK\":30,\"Green\":10,\"SNP\":2.5,\"PC\":0.7}")
            Map<String, Double> shares,

            @Schema(description = "uns, ps, tm or stm (the server's default if absent)")
            String model,

            Boolean byNation,
            Boolean tactical,

            @Schema(description = "simulations, 1,000 up to the server's limit (200,000 by default)")
            Integer sims,

            Long seed) {}

    record TotalJson(String party, double mean, double median, double p05, double p95) {}

    record SeatChanceJson(String code, String name, String favourite, Map<String, Double> probabilities) {}

    record ProjectionJson(
            int sims,
            double seconds,
            List<TotalJson> totals,
            Map<String, Integer> heldSeats,
            List<SeatChanceJson> seats) {}

    record SweepJson(String set, String party, List<StepJson> steps, List<TippingJson> tippingPoints) {}

    record StepJson(double sharePct, List<String> won) {}

    record TippingJson(String code, String name, String holder, Double sharePct, boolean wonFromTheStart) {}

    @GetMapping("/polls")
    @Operation(summary = "Every GB voting-intention poll, newest fieldwork first")
    Page<PollJson> polls(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        var all = polls.published().stream()
                .sorted(java.util.Comparator.comparing(
                                (PublishedPoll p) -> p.poll().fieldworkEnd())
                        .reversed()
                        .thenComparing(PublishedPoll::id))
                .map(p -> new PollJson(
                        p.id(),
                        p.poll().fieldworkStart(),
                        p.poll().fieldworkEnd(),
                        p.poll().pollster(),
                        p.client(),
                        p.poll().sampleSize(),
                        p.poll().mrp(),
                        percentages(p.poll().shares())))
                .toList();
        return Page.of(all, p -> Long.toString(p.id()), cursor, limit);
    }

    @GetMapping("/polls/average")
    @Operation(summary = "The current poll average and the polls it weighs")
    AverageJson average() {
        PollAverage average =
                polls.currentAverage().orElseThrow(() -> new Problems.NotFound("no polls have been imported"));
        return new AverageJson(
                average.asOf(),
                fractions(average.asMap()),
                average.polls().stream()
                        .map(w -> new WeightJson(w.poll().pollster(), w.poll().fieldworkEnd(), w.weight()))
                        .toList());
    }

    @PostMapping("/projections")
    @Operation(
            summary = "Project a scenario",
            description = "Seat totals with 5–95% ranges and every projected seat's win probabilities")
    ProjectionJson project(@RequestBody ScenarioJson body) {
        if (body.shares() == null || body.shares().isEmpty()) {
            throw new Problems.BadField("shares", "are required: GB percentages by party code");
        }
        var shares = new LinkedHashMap<Party, Double>();
        body.shares().forEach((code, value) -> {
            Party party = Party.ofCode(code)
                    .orElseThrow(() -> new Problems.BadField("shares", "\"" + code + "\" is not a party code"));
            if (value == null) {
                throw new Problems.BadField("shares", "give a number for " + code);
            }
            shares.put(party, value);
        });
        ShareVector vector = SeatsApi.field("shares", () -> ShareVector.ofPercentages(shares));
        SwingModel model = body.model() == null
                ? projections.settings().swingModel()
                : SeatsApi.field("model", () -> SwingModel.ofCode(body.model()));
        int sims = body.sims() == null ? projections.settings().sims() : body.sims();
        SeatsApi.field("sims", () -> {
            projections.settings().checkSims(sims);
            return sims;
        });
        var scenario = new Scenario(
                vector,
                model,
                Boolean.TRUE.equals(body.byNation()),
                Boolean.TRUE.equals(body.tactical()),
                projections.settings().uncertainty(),
                sims,
                body.seed() == null ? 1 : body.seed());
        ProjectionRun run = projections.run(scenario);
        var totals = new ArrayList<TotalJson>();
        run.simulation()
                .totals()
                .forEach((Party party, SeatTotals t) ->
                        totals.add(new TotalJson(party.code(), t.mean(), t.median(), t.p05(), t.p95())));
        var held = new LinkedHashMap<String, Integer>();
        run.heldSeats().forEach((party, n) -> held.put(party.code(), n));
        var seats = new ArrayList<SeatChanceJson>();
        for (int i = 0; i < run.seats().size(); i++) {
            var seat = run.seats().get(i);
            var chances = new LinkedHashMap<String, Double>();
            run.simulation().winProbabilities(i).forEach((party, p) -> {
                if (p > 0) {
                    chances.put(party.code(), p);
                }
            });
            seats.add(new SeatChanceJson(
                    seat.code(), seat.name(), run.simulation().favourite(i).code(), chances));
        }
        return new ProjectionJson(run.scenario().sims(), run.seconds(), totals, held, seats);
    }

    @GetMapping("/sweeps")
    @Operation(summary = "Which seats of a set a party takes as its GB share rises, and each seat's tipping point")
    SweepJson sweep(
            @Parameter(description = "a seat set's name, e.g. redwall") @RequestParam String set,
            @Parameter(description = "the rising party's code") @RequestParam(defaultValue = "RUK") String party,
            @RequestParam(defaultValue = "15") double from,
            @RequestParam(defaultValue = "40") double to,
            @RequestParam(defaultValue = "1") double step,
            @Parameter(description = "uns, ps, tm or stm") @RequestParam(required = false) String model) {
        var seatSet = sets.findVisible(set, CurrentUser.get())
                .orElseThrow(() -> new Problems.BadField("set", "is not a seat set you may see"));
        Party rising = Party.ofCode(party).orElseThrow(() -> new Problems.BadField("party", "is not a party code"));
        if (!(from >= 0 && to <= 100 && from < to)) {
            throw new Problems.BadField("from", "must be below to, both from 0 to 100");
        }
        if (!(step >= 0.1 && step <= 10)) {
            throw new Problems.BadField("step", "must be from 0.1 to 10 points");
        }
        SwingModel chosen = model == null
                ? projections.settings().swingModel()
                : SeatsApi.field("model", () -> SwingModel.ofCode(model));
        var sweep = SeatsApi.field(
                "party",
                () -> projections.sweep(
                        seatSet,
                        rising,
                        Projections.othersThan(rising),
                        projections.baseline2024().shares(),
                        from / 100,
                        to / 100,
                        step / 100,
                        chosen,
                        false));
        return new SweepJson(
                seatSet.name(),
                rising.code(),
                sweep.steps().stream()
                        .map(s -> new StepJson(
                                SeatsApi.pct(s.share()),
                                s.won().stream().map(c -> c.value()).toList()))
                        .toList(),
                sweep.tippingPoints().stream()
                        .map(t -> new TippingJson(
                                t.code().value(),
                                t.name(),
                                t.holder().code(),
                                t.share() == null ? null : SeatsApi.pct(t.share()),
                                t.wonFromTheStart()))
                        .toList());
    }

    private static Map<String, Double> percentages(Map<Party, Double> shares) {
        var out = new LinkedHashMap<String, Double>();
        shares.forEach((party, value) -> out.put(party.code(), value));
        return out;
    }

    private static Map<String, Double> fractions(Map<Party, Double> shares) {
        var out = new LinkedHashMap<String, Double>();
        shares.forEach((party, value) -> out.put(party.code(), SeatsApi.pct(value)));
        return out;
    }
}
