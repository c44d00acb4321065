package org.convener.votes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convener.engine.Party;
import org.springframework.stereotype.Service;

/**
 * How cohesively a bloc of MPs votes: the Rice index per division and on average, how often it
 * went with the Labour majority, where it split or broke with its party, and each member's
 * rebellions and attendance. Only MPs in the bloc on a division's day count for that division.
 */
@Service
public class Cohesions {

    private final Votes votes;

    Cohesions(Votes votes) {
        this.votes = votes;
    }

    /** A bloc's record over a period (either end open); free votes left out unless {@code includeFree}. */
    public CohesionReport of(Bloc bloc, LocalDate from, LocalDate to, boolean includeFree) {
        VoteRecord record = votes.record();
        Set<Integer> free = votes.freeVotes();
        var counted = new ArrayList<Division>();
        int leftOut = 0;
        for (Division d : record.divisions()) {
            if (!Votes.within(d, from, to)) {
                continue;
            }
            if (!includeFree && free.contains(d.id())) {
                leftOut++;
            } else {
                counted.add(free.contains(d.id()) ? d.asFreeVote(true) : d);
            }
        }
        var tallies = new LinkedHashMap<Integer, Tally>();
        var blocSplits = new ArrayList<BlocVote>();
        var parties = new HashMap<String, Integer>();
        for (Division d : counted) {
            BlocVote vote = in(bloc, d, record);
            blocSplits.add(vote);
            vote.votes().forEach(v -> {
                parties.merge(v.party(), 1, Integer::sum);
                Tally tally = tallies.computeIfAbsent(v.memberId(), Tally::new);
                tally.held++;
                tally.votes++;
                if (record.rebels(v)) {
                    tally.rebellions++;
                }
            });
            vote.notRecorded().forEach(id -> tallies.computeIfAbsent(id, Tally::new).held++);
        }
        Party party = bloc.party()
                .orElseGet(() -> parties.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
                        .map(e -> Party.classify(e.getKey()))
                        .orElse(Party.LAB));
        var divisions = new ArrayList<DivisionCohesion>();
        for (int i = 0; i < counted.size(); i++) {
            Division d = counted.get(i);
            BlocVote vote = blocSplits.get(i);
            if (vote.members() == 0) {
                continue;
            }
            var splits = record.partySplits(d.id());
            divisions.add(new DivisionCohesion(
                    d,
                    vote.split(),
                    splits.getOrDefault(party.code(), Split.NONE),
                    splits.getOrDefault(Party.LAB.code(), Split.NONE),
                    vote.members()));
        }
        var members = tallies.values().stream()
                .map(t -> new MemberCohesion(
                        record.sittings().get(t.memberId),
                        record.persons().get(t.memberId),
                        t.votes,
                        t.held,
                        t.rebellions))
                .sorted(Comparator.comparingInt(MemberCohesion::rebellions)
                        .reversed()
                        .thenComparing(m -> MpRoll.normalised(m.mp().name())))
                .toList();
        var covered = divisions.stream().map(DivisionCohesion::division).toList();
        return new CohesionReport(
                bloc, Coverage.of(covered, leftOut), party, List.copyOf(divisions), members, includeFree);
    }

    /** How a bloc's members voted in one division. */
    public BlocVote in(Bloc bloc, int divisionId) {
        VoteRecord record = votes.record();
        Division division = record.byId().get(divisionId);
        if (division == null) {
            throw new IllegalArgumentException("no such division");
        }
        return in(bloc, division, record);
    }

    private static BlocVote in(Bloc bloc, Division d, VoteRecord record) {
        var cast = new HashMap<Integer, MpVote>();
        record.votesIn(d.id()).forEach(v -> cast.put(v.memberId(), v));
        var inBloc = new ArrayList<MpVote>();
        var notRecorded = new ArrayList<Integer>();
        Split split = Split.NONE;
        for (var entry : record.sittings().entrySet()) {
            int id = entry.getKey();
            MpVote vote = cast.get(id);
            if (!bloc.includes(id, entry.getValue(), d.heldOn(), vote == null ? null : vote.party(), record)) {
                continue;
            }
            if (vote == null) {
                notRecorded.add(id);
            } else {
                inBloc.add(vote);
                split = split.plus(vote.lobby());
            }
        }
        inBloc.sort(Comparator.comparingInt(MpVote::memberId));
        notRecorded.sort(Comparator.naturalOrder());
        return new BlocVote(bloc, split, List.copyOf(inBloc), List.copyOf(notRecorded));
    }

    private static final class Tally {
        final int memberId;
        int held;
        int votes;
        int rebellions;

        Tally(int memberId) {
            this.memberId = memberId;
        }
    }
}
