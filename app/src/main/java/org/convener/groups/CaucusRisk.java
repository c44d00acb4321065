package org.convener.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.ModelOptions;
import org.convener.engine.Party;
import org.convener.engine.PollAverage;
import org.convener.engine.Projection;
import org.convener.engine.ShareVector;
import org.convener.engine.SwingModel;
import org.convener.engine.Targets;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonKind;
import org.convener.platform.imports.DatasetImported;
import org.convener.polls.ProjectionRun;
import org.convener.polls.Projections;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * How safe a caucus's MPs are, all from one starting point (the current poll average unless the
 * 2024 result is asked for): each member's seat with its majority, who is second, the chance of
 * holding it, the Reform UK share at which it falls, and who loses at a chosen Reform UK share.
 */
@Service
public class CaucusRisk {

    /** Where the figures start from: the shares every other party is given. */
    public enum StartingPoint {
        POLL_AVERAGE("polls"),
        RESULT_2024("2024");

        private final String key;

        StartingPoint(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static StartingPoint ofKey(String key) {
            for (StartingPoint start : values()) {
                if (start.key.equals(key)) {
                    return start;
                }
            }
            throw new IllegalArgumentException("the starting point must be polls or 2024, not " + key);
        }
    }

    /**
     * One member's seat.
     *
     * @param party the party the MP sits for now
     * @param holdChance their party's chance of holding the seat under the poll average; {@code null} from the 2024 result
     * @param reformTippingPoint the Reform UK GB share at which the seat falls to Reform, if within 10–60%
     */
    public record MemberSeat(Person mp, Seat seat, Party party, Double holdChance, Double reformTippingPoint) {}

    /**
     * The caucus's seats seen from one starting point.
     *
     * @param averageAsOf the day of the poll average, when starting from it
     * @param startingReform Reform UK's share at the starting point, a fraction
     * @param reformShare the share asked about, a fraction
     * @param seats most at risk first
     * @param losing the members whose party loses their seat at {@code reformShare}
     */
    public record Outlook(
            StartingPoint start,
            LocalDate averageAsOf,
            double startingReform,
            double reformShare,
            List<MemberSeat> seats,
            List<MemberSeat> losing) {

        public boolean chances() {
            return start == StartingPoint.POLL_AVERAGE;
        }
    }

    private record Start(ShareVector shares, SwingModel model) {}

    private record At(Start start, double reformShare) {}

    private final Groups groups;
    private final People people;
    private final SeatIntelligence seats;
    private final Projections projections;
    /** Tipping points of every projected seat, by starting point: a sweep costs about a second. */
    private final Map<Start, Map<String, Double>> tipping = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Start, Map<String, Double>> eldest) {
            return size() > 4;
        }
    };

    /** The projections at the Reform UK shares asked about lately: the same few are asked for again and again. */
    private final Map<At, Projection> projected = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<At, Projection> eldest) {
            return size() > 16;
        }
    };

    CaucusRisk(Groups groups, People people, SeatIntelligence seats, Projections projections) {
        this.groups = groups;
        this.people = people;
        this.seats = seats;
        this.projections = projections;
    }

    /**
     * The caucus's seats from a starting point, with who loses when Reform UK polls {@code reformShare}
     * (a fraction; by default its share at the starting point). From the poll average when asked and
     * there is one; otherwise from the 2024 result.
     */
    public Optional<Outlook> outlook(Group caucus, StartingPoint asked, Double reformShare) {
        if (!seats.hasResults()) {
            return Optional.empty();
        }
        Optional<PollAverage> average =
                asked == StartingPoint.POLL_AVERAGE ? projections.currentAverage() : Optional.empty();
        StartingPoint start = average.isPresent() ? StartingPoint.POLL_AVERAGE : StartingPoint.RESULT_2024;
        ShareVector shares = average.map(PollAverage::shares)
                .orElseGet(() -> projections.baseline2024().shares());
        double startingReform = shares.get(Party.RUK);
        double share = reformShare == null ? startingReform : reformShare;
        Optional<ProjectionRun> run = start == StartingPoint.POLL_AVERAGE ? projections.current() : Optional.empty();
        var tippingPoints = tippingPoints(shares);
        var list = new ArrayList<MemberSeat>();
        for (Person mp : mps(caucus)) {
            Seat seat = seats.seat(ConstituencyCode.of(mp.constituencyCode())).orElse(null);
            if (seat == null) {
                continue;
            }
            Party party = seat.mp() != null ? seat.mp().party() : seat.winner();
            Double chance = run.map(r -> {
                        int index = r.indexOf(seat);
                        return index < 0 ? null : r.simulation().winProbability(index, party.inGbModel());
                    })
                    .orElse(null);
            list.add(new MemberSeat(mp, seat, party, chance, tippingPoints.get(seat.code())));
        }
        list.sort(Comparator.comparing((MemberSeat m) -> m.holdChance() == null ? 2.0 : m.holdChance())
                .thenComparing(m -> m.reformTippingPoint() == null ? 2.0 : m.reformTippingPoint())
                .thenComparing(m -> m.seat().majorityShare()));
        return Optional.of(new Outlook(
                start,
                average.map(PollAverage::asOf).orElse(null),
                startingReform,
                share,
                list,
                losingAt(list, shares, share)));
    }

    private List<Person> mps(Group caucus) {
        var members = groups.currentMemberships(caucus.id()).stream()
                .map(Membership::personId)
                .toList();
        return people.findAll(members).stream()
                .filter(p -> p.kind() == PersonKind.MP && p.constituencyCode() != null)
                .toList();
    }

    private List<MemberSeat> losingAt(List<MemberSeat> members, ShareVector start, double share) {
        if (members.isEmpty()) {
            return List.of();
        }
        var key = new At(new Start(start, projections.settings().swingModel()), share);
        Projection projection;
        synchronized (projected) {
            projection = projected.get(key);
        }
        if (projection == null) {
            var target = start.withShare(Party.RUK, share, Projections.othersThan(Party.RUK));
            projection = Projection.of(
                    projections.baseline2024(),
                    Targets.national(target),
                    key.start().model(),
                    ModelOptions.DEFAULTS);
            synchronized (projected) {
                projected.put(key, projection);
            }
        }
        var seatsProjected = projections.projectedSeats();
        var outcome = projection;
        return members.stream()
                .filter(m -> {
                    int index = seatsProjected.indexOf(m.seat());
                    return index >= 0 && outcome.winner(index) != m.party().inGbModel();
                })
                .toList();
    }

    /** Every projected seat's tipping point from this start, worked out once and kept. */
    private Map<String, Double> tippingPoints(ShareVector shares) {
        var key = new Start(shares, projections.settings().swingModel());
        synchronized (tipping) {
            var known = tipping.get(key);
            if (known != null) {
                return known;
            }
        }
        var codes = projections.projectedSeats().stream()
                .map(s -> s.constituency().code())
                .collect(Collectors.toSet());
        var sweep = org.convener.engine.Sweep.run(
                projections.baseline2024(),
                shares,
                Party.RUK,
                Projections.othersThan(Party.RUK),
                0.10,
                0.60,
                0.05,
                codes,
                key.model(),
                ModelOptions.DEFAULTS);
        var result = new HashMap<String, Double>();
        sweep.tippingPoints().stream()
                .filter(t -> t.share() != null)
                .forEach(t -> result.put(t.code().value(), t.share()));
        synchronized (tipping) {
            tipping.put(key, Map.copyOf(result));
        }
        return result;
    }

    /** After an import the 2024 baseline may differ under the same shares: what was kept is stale. */
    @EventListener(DatasetImported.class)
    void forget() {
        synchronized (tipping) {
            tipping.clear();
        }
        synchronized (projected) {
            projected.clear();
        }
    }

    /**
     * Works the tipping points out ahead of the first caucus page, once the web server is up (a
     * command-line run never needs them).
     */
    @EventListener(WebServerInitializedEvent.class)
    void prepare() {
        CompletableFuture.runAsync(() -> {
            try {
                if (seats.hasResults()) {
                    tippingPoints(projections.baseline2024().shares());
                    projections.currentAverage().ifPresent(a -> tippingPoints(a.shares()));
                }
            } catch (RuntimeException e) {
                // the page works them out itself when asked
            }
        });
    }
}
