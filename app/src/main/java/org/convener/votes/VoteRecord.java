package org.convener.votes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every division and vote in memory, one source per division, with each MP placed in the House
 * and linked to their record. Built once per import: the record only changes when data does.
 *
 * @param persons the record (person id) of each MP who has one, by member id
 */
record VoteRecord(
        List<Division> divisions,
        Map<Integer, Division> byId,
        Map<Integer, List<MpVote>> byDivision,
        Map<Integer, List<MpVote>> byMember,
        Map<Integer, Map<String, Split>> splits,
        Map<Integer, Sitting> sittings,
        Map<Integer, Long> persons) {

    private static final java.util.Set<String> UNWHIPPED = java.util.Set.of("Ind", "Spk", "Oth");

    /** The first sitting of the 2024 Parliament's first session; MPs not placed sit from here. */
    static final LocalDate PARLIAMENT_OPENED = LocalDate.of(2024, 7, 9);

    static VoteRecord of(
            List<Division> divisions,
            List<MpVote> votes,
            Map<Integer, String> names,
            MpRoll roll,
            Map<Integer, Long> persons) {
        var byId = new LinkedHashMap<Integer, Division>();
        divisions.forEach(d -> byId.put(d.id(), d));
        var byDivision = new HashMap<Integer, List<MpVote>>();
        var byMember = new HashMap<Integer, List<MpVote>>();
        for (MpVote vote : votes) {
            byDivision
                    .computeIfAbsent(vote.divisionId(), k -> new ArrayList<>())
                    .add(vote);
            byMember.computeIfAbsent(vote.memberId(), k -> new ArrayList<>()).add(vote);
        }
        Comparator<MpVote> inOrder =
                Comparator.comparing(v -> byId.get(v.divisionId()).heldOn());
        byMember.values()
                .forEach(list -> list.sort(
                        inOrder.thenComparing(v -> byId.get(v.divisionId()).number())));
        var splits = new HashMap<Integer, Map<String, Split>>();
        byDivision.forEach((id, cast) -> {
            var parties = new HashMap<String, Split>();
            cast.forEach(vote -> parties.merge(vote.party(), Split.NONE.plus(vote.lobby()), VoteRecord::sum));
            splits.put(id, Map.copyOf(parties));
        });
        var sittings = new HashMap<Integer, Sitting>(roll.current());
        names.forEach((id, name) -> sittings.computeIfAbsent(id, k -> roll.place(id, name, PARLIAMENT_OPENED)));
        return new VoteRecord(
                List.copyOf(divisions), byId, byDivision, byMember, splits, Map.copyOf(sittings), Map.copyOf(persons));
    }

    List<MpVote> votesIn(int divisionId) {
        return byDivision.getOrDefault(divisionId, List.of());
    }

    List<MpVote> votesOf(int memberId) {
        return byMember.getOrDefault(memberId, List.of());
    }

    Optional<Sitting> sitting(int memberId) {
        return Optional.ofNullable(sittings.get(memberId));
    }

    /**
     * An MP's party on a day: the party of their last vote on or before it, else of their first
     * vote after it; empty for an MP with no votes.
     */
    Optional<String> partyOn(int memberId, LocalDate day) {
        List<MpVote> votes = votesOf(memberId);
        if (votes.isEmpty()) {
            return Optional.empty();
        }
        // the first vote after the day, by halving: the votes are in date order
        int low = 0;
        int high = votes.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byId.get(votes.get(middle).divisionId()).heldOn().isAfter(day)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return Optional.of(votes.get(low == 0 ? 0 : low - 1).party());
    }

    /** How each party split in a division, tellers with their side. */
    Map<String, Split> partySplits(int divisionId) {
        return splits.getOrDefault(divisionId, Map.of());
    }

    /**
     * Whether a vote went against the majority of the MP's own party in that division. Independents,
     * the Speaker and others outside the parties take no whip, so never rebel; nor does a vote in
     * both lobbies, nor any vote where the party split evenly.
     */
    boolean rebels(MpVote vote) {
        if (vote.lobby() == Lobby.BOTH || UNWHIPPED.contains(vote.party())) {
            return false;
        }
        return partySplits(vote.divisionId())
                .getOrDefault(vote.party(), Split.NONE)
                .majority()
                .map(majority -> majority != vote.lobby())
                .orElse(false);
    }

    static Split sum(Split a, Split b) {
        return new Split(a.ayes() + b.ayes(), a.noes() + b.noes(), a.both() + b.both());
    }
}
