package org.convener.votes.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.convener.engine.Party;
import org.convener.platform.imports.ImportProblem;
import org.convener.shared.Format;
import org.convener.votes.Lobby;
import org.convener.votes.MpRoll;
import org.convener.votes.Sitting;

/**
 * Divisions and votes read from one source and checked before anything is written: each division
 * once, each MP placed in the House, no MP voting twice in one division.
 */
final class DivisionBatch {

    record DivisionRow(
            int id,
            LocalDate heldOn,
            int number,
            String title,
            int officialAyes,
            int officialNoes,
            boolean deferred,
            String listTitle) {}

    record VoteRow(int divisionId, int memberId, String party, Lobby lobby, boolean teller) {}

    /** Counts of a division's per-MP list as the House counts: tellers apart, both-lobby votes on each side. */
    record Counted(int ayes, int noes, int ayeTellers, int noTellers) {}

    private final MpRoll roll;
    private final Map<Integer, DivisionRow> divisions = new LinkedHashMap<>();
    private final Map<Integer, String> members = new HashMap<>();
    private final Map<Integer, Sitting> placed = new HashMap<>();
    private final List<VoteRow> votes = new ArrayList<>();
    private final Set<Long> cast = new HashSet<>();
    private final Map<Integer, int[]> counts = new HashMap<>();

    DivisionBatch(MpRoll roll) {
        this.roll = roll;
    }

    Map<Integer, DivisionRow> divisions() {
        return divisions;
    }

    Map<Integer, String> members() {
        return members;
    }

    List<VoteRow> votes() {
        return votes;
    }

    /** @throws IllegalArgumentException when the division is already in the batch */
    void add(DivisionRow division) {
        if (divisions.putIfAbsent(division.id(), division) != null) {
            throw new IllegalArgumentException("division " + division.id() + " appears twice");
        }
    }

    Optional<DivisionRow> division(int id) {
        return Optional.ofNullable(divisions.get(id));
    }

    /**
     * Adds a vote by an MP the source names.
     *
     * @throws IllegalArgumentException when the MP cannot be placed in the House, is named otherwise
     *     elsewhere, or already voted in the division
     */
    void add(VoteRow vote, String name) {
        if (!divisions.containsKey(vote.divisionId())) {
            throw new IllegalArgumentException("unknown division id " + vote.divisionId());
        }
        Sitting sitting = placed.get(vote.memberId());
        if (sitting == null) {
            sitting = roll.resolve(vote.memberId(), name);
            placed.put(vote.memberId(), sitting);
        }
        String earlier = members.putIfAbsent(vote.memberId(), name);
        if (earlier != null && !earlier.equals(name)) {
            throw new IllegalArgumentException(
                    "member id " + vote.memberId() + " is named " + earlier + " elsewhere but " + name + " here");
        }
        if (!cast.add(((long) vote.divisionId() << 32) | vote.memberId())) {
            throw new IllegalArgumentException(
                    name + " (" + vote.memberId() + ") already has a vote in division " + vote.divisionId());
        }
        votes.add(vote);
        int[] c = counts.computeIfAbsent(vote.divisionId(), k -> new int[4]);
        if (vote.teller()) {
            c[vote.lobby() == Lobby.AYE ? 2 : 3]++;
        } else {
            if (vote.lobby() != Lobby.NO) {
                c[0]++;
            }
            if (vote.lobby() != Lobby.AYE) {
                c[1]++;
            }
        }
    }

    Counted counted(int divisionId) {
        int[] c = counts.getOrDefault(divisionId, new int[4]);
        return new Counted(c[0], c[1], c[2], c[3]);
    }

    /** The Library code a source writes, exactly: {@code Lab}, {@code RUK}, {@code Ind}. */
    static Optional<String> partyCode(String code) {
        return Arrays.stream(Party.values())
                .map(Party::code)
                .filter(c -> c.equals(code))
                .findFirst();
    }

    /** What the source leaves out or gets differently from the House, for the import's notes. */
    List<ImportProblem> notes(String file) {
        var notes = new ArrayList<ImportProblem>();
        var formers = placed.values().stream()
                .filter(s -> !s.current())
                .sorted(java.util.Comparator.comparing(Sitting::name))
                .map(s -> s.name() + " (" + (s.constituencyName() == null ? "seat unknown" : s.constituencyName())
                        + (s.until() == null ? "" : ", until " + Format.date(s.until())) + ")")
                .toList();
        if (!formers.isEmpty()) {
            notes.add(ImportProblem.inFile(
                    file,
                    formers.size()
                            + " MPs are no longer in the Members list and were matched by name to the seat they won in 2024: "
                            + String.join(", ", formers)));
        }
        int differ = 0;
        int short_ = 0;
        for (DivisionRow d : divisions.values()) {
            Counted c = counted(d.id());
            if (c.ayes() != d.officialAyes() || c.noes() != d.officialNoes()) {
                differ++;
                if (c.ayes() < d.officialAyes() || c.noes() < d.officialNoes()) {
                    short_++;
                }
            }
        }
        if (differ > 0) {
            notes.add(
                    ImportProblem.inFile(
                            file,
                            "in " + differ + " of " + divisions.size()
                                    + " divisions the per-MP list differs from the counts the House declared (" + short_
                                    + " fall short on at least one side); pages show both and use the declared counts for results"));
        }
        String gaps = gaps();
        if (!gaps.isEmpty()) {
            notes.add(ImportProblem.inFile(
                    file, "no per-MP list for division numbers " + gaps + ", so they are not imported"));
        }
        return notes;
    }

    /** Division numbers missing between the first and last of each session (numbers restart each session). */
    private String gaps() {
        var byDay = new TreeMap<LocalDate, List<Integer>>();
        divisions
                .values()
                .forEach(d -> byDay.computeIfAbsent(d.heldOn(), k -> new ArrayList<>())
                        .add(d.number()));
        var missing = new ArrayList<String>();
        int previous = 0;
        for (var numbers : byDay.values()) {
            numbers.sort(null);
            for (int n : numbers) {
                if (n <= previous) {
                    previous = 0; // a new session
                }
                if (previous > 0 && n > previous + 1) {
                    missing.add(n - 1 == previous + 1 ? String.valueOf(previous + 1) : (previous + 1) + "–" + (n - 1));
                }
                previous = n;
            }
        }
        return String.join(", ", missing);
    }
}
