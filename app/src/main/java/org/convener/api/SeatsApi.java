package org.convener.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.convener.engine.Candidacy;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.platform.CurrentUser;
import org.convener.seats.Contest;
import org.convener.seats.Seat;
import org.convener.seats.SeatFilter;
import org.convener.seats.SeatIntelligence;
import org.convener.seats.SeatOrder;
import org.convener.seats.SeatSet;
import org.convener.seats.SeatSets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Seats", description = "Every constituency with its official results, and seat sets")
@SecurityRequirement(name = ApiSecurity.TOKEN)
class SeatsApi {

    private final SeatIntelligence seats;
    private final SeatSets sets;

    SeatsApi(SeatIntelligence seats, SeatSets sets) {
        this.seats = seats;
        this.sets = sets;
    }

    /** One seat in a list. */
    record SeatItem(
            String code,
            String name,
            String nation,
            String region,
            String regionCode,
            String winner,
            String second,
            long majority,
            double majorityPct,
            double reformSharePct,
            Double reformChangePts,
            String mp,
            String mpParty) {

        static SeatItem of(Seat s) {
            return new SeatItem(
                    s.code(),
                    s.name(),
                    s.constituency().nation().name(),
                    s.constituency().region().name(),
                    s.constituency().region().code(),
                    s.winner().code(),
                    s.second().code(),
                    s.majority(),
                    pct(s.majorityShare()),
                    pct(s.shareOf(Party.RUK)),
                    s.changeSince2019(Party.RUK).map(SeatsApi::pct).orElse(null),
                    s.mp() == null ? null : s.mp().name(),
                    s.mp() == null ? null : s.mp().partyName());
        }
    }

    record CandidateJson(String name, String party, String partyName, long votes, double sharePct) {}

    record ContestJson(
            String election,
            String title,
            LocalDate heldOn,
            Integer electorate,
            Double turnoutPct,
            String declared,
            List<CandidateJson> candidates) {

        static ContestJson of(Contest c) {
            var result = c.result();
            return new ContestJson(
                    c.electionId(),
                    c.title(),
                    c.heldOn(),
                    c.electorate(),
                    c.turnout() == null ? null : pct(c.turnout()),
                    c.declaredResult(),
                    result.candidacies().stream()
                            .map((Candidacy k) -> new CandidateJson(
                                    k.candidateName(),
                                    k.party().code(),
                                    k.partyName(),
                                    k.votes(),
                                    pct(result.share(k))))
                            .toList());
        }
    }

    /** One seat with its results. */
    record SeatDetail(
            SeatItem seat, ContestJson general2024, ContestJson notional2019, List<ContestJson> byElections) {}

    record SetItem(String name, String title, String description, String origin, int seats) {}

    record SetDetail(SetItem set, List<SeatItem> seats) {}

    @GetMapping("/seats")
    @Operation(
            summary = "List seats",
            description = "The same filters and orders as /seats; pages in the chosen order, ties by name then code.")
    Page<SeatItem> list(
            @Parameter(description = "GB, a nation (ENGLAND, SCOTLAND, WALES, NORTHERN_IRELAND) or an ONS region code")
                    @RequestParam(required = false)
                    String area,
            @Parameter(description = "2024 winner, a party code (Con, Lab, LD, RUK, …)") @RequestParam(required = false)
                    String winner,
            @Parameter(description = "2024 runner-up, a party code") @RequestParam(required = false) String second,
            @Parameter(description = "smallest majority, percent of the vote") @RequestParam(required = false)
                    Double minMajority,
            @Parameter(description = "largest majority, percent of the vote") @RequestParam(required = false)
                    Double maxMajority,
            @Parameter(description = "name, majority, -majority, majority-share, reform, -reform, reform-change, …")
                    @RequestParam(required = false)
                    String sort,
            @RequestParam(required = false) String cursor,
            @Parameter(description = "items per page, 1 to 200 (50 if not given)") @RequestParam(required = false)
                    Integer limit) {
        // each field checked on its own first, so that a problem names the one at fault
        field("area", () -> SeatFilter.of(area, null, null, null, null));
        field("winner", () -> SeatFilter.of(null, winner, null, null, null));
        field("second", () -> SeatFilter.of(null, null, second, null, null));
        field("minMajority", () -> SeatFilter.of(null, null, null, minMajority, null));
        field("maxMajority", () -> SeatFilter.of(null, null, null, null, maxMajority));
        SeatFilter filter = field("minMajority", () -> SeatFilter.of(area, winner, second, minMajority, maxMajority));
        SeatOrder order = field("sort", () -> SeatOrder.ofKey(sort));
        List<Seat> found = seats.find(filter, order).stream()
                .sorted(order.comparator().thenComparing(Seat::code))
                .toList();
        return Page.of(found.stream().map(SeatItem::of).toList(), SeatItem::code, cursor, limit);
    }

    @GetMapping("/seats/{code}")
    @Operation(summary = "One seat with its 2024 result, the notional 2019 result and any by-elections")
    SeatDetail seat(@Parameter(description = "ONS code, e.g. E14001079") @PathVariable String code) {
        if (!ConstituencyCode.isValid(code)) {
            throw new Problems.BadField("code", "must be an ONS constituency code such as E14001079");
        }
        Seat s = seats.seat(ConstituencyCode.of(code)).orElseThrow(() -> new Problems.NotFound("no seat " + code));
        return new SeatDetail(
                SeatItem.of(s),
                ContestJson.of(s.general2024()),
                s.notional2019() == null ? null : ContestJson.of(s.notional2019()),
                s.byElections().stream().map(ContestJson::of).toList());
    }

    @GetMapping("/sets")
    @Operation(summary = "Seat sets the caller may see (public ones for visitors)")
    Page<SetItem> sets(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        var visible = sets.visibleTo(CurrentUser.get()).stream()
                .sorted(java.util.Comparator.comparing(SeatSet::name))
                .map(SeatsApi::item)
                .toList();
        return Page.of(visible, SetItem::name, cursor, limit);
    }

    @GetMapping("/sets/{name}")
    @Operation(summary = "One seat set with its seats, by name")
    SetDetail set(@PathVariable String name) {
        SeatSet set = sets.findVisible(name, CurrentUser.get())
                .orElseThrow(() -> new Problems.NotFound("no seat set " + name));
        return new SetDetail(
                item(set),
                sets.seatsOf(set).stream()
                        .sorted(java.util.Comparator.comparing(Seat::name).thenComparing(Seat::code))
                        .map(SeatItem::of)
                        .toList());
    }

    private static SetItem item(SeatSet set) {
        return new SetItem(
                set.name(),
                set.title(),
                set.description(),
                set.origin().name().toLowerCase(java.util.Locale.ROOT),
                set.seats().size());
    }

    static double pct(double fraction) {
        return Math.round(fraction * 100_000) / 1000.0;
    }

    /** Runs a parse, turning its refusal into a problem naming {@code field}. */
    static <T> T field(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new Problems.BadField(field, e.getMessage());
        }
    }
}
