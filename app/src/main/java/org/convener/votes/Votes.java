package org.convener.votes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Commons divisions and how each MP voted, with their coverage, each MP's record and
 * rebellions, and the free votes officers mark (audited).
 */
@Service
public class Votes {

    public static final int PAGE_SIZE = 25;

    private final VoteRecords records;
    private final VoteStore store;
    private final AuditLog audit;
    private final Clock clock;

    Votes(VoteRecords records, VoteStore store, AuditLog audit, Clock clock) {
        this.records = records;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every division, oldest first, with the free votes marked. */
    public List<Division> divisions() {
        Set<Integer> free = store.freeVotes();
        return records.current().divisions().stream()
                .map(d -> free.contains(d.id()) ? d.asFreeVote(true) : d)
                .toList();
    }

    /** What the record covers in all. */
    public Coverage coverage() {
        return Coverage.of(records.current().divisions(), 0);
    }

    /** Divisions whose title (or the list's own heading) contains {@code words}, newest first. */
    public DivisionPage search(String words, int page) {
        String wanted = words == null ? "" : words.trim().toLowerCase(Locale.ROOT);
        var found = new ArrayList<>(divisions().stream()
                .filter(d -> wanted.isEmpty()
                        || d.title().toLowerCase(Locale.ROOT).contains(wanted)
                        || (d.listTitle() != null
                                && d.listTitle().toLowerCase(Locale.ROOT).contains(wanted)))
                .toList());
        found.sort(Comparator.comparing(Division::heldOn)
                .thenComparing(Division::number)
                .reversed());
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        return new DivisionPage(
                found.subList((shown - 1) * PAGE_SIZE, Math.min(found.size(), shown * PAGE_SIZE)),
                shown,
                pages,
                found.size());
    }

    public Optional<Division> division(int id) {
        return Optional.ofNullable(records.current().byId().get(id))
                .map(d -> store.freeVotes().contains(id) ? d.asFreeVote(true) : d);
    }

    /** Every vote in a division, tellers included. */
    public List<MpVote> votesIn(int divisionId) {
        return records.current().votesIn(divisionId);
    }

    /** How each party split in a division, largest party first. */
    public Map<String, Split> partySplits(int divisionId) {
        var sorted = new LinkedHashMap<String, Split>();
        records.current().partySplits(divisionId).entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Split>>comparingInt(
                                e -> -(e.getValue().voting() + e.getValue().both()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Whether a vote went against the majority of the MP's own party (see {@link VoteRecord#rebels}). */
    public boolean rebels(MpVote vote) {
        return records.current().rebels(vote);
    }

    public Optional<Sitting> sitting(int memberId) {
        return records.current().sitting(memberId);
    }

    /** An MP's party on a day: at that day's vote, else at their nearest vote. */
    public Optional<String> partyOn(int memberId, LocalDate day) {
        return records.current().partyOn(memberId, day);
    }

    /** The person record of an MP, when they have one. */
    public Optional<Long> personOf(int memberId) {
        return Optional.ofNullable(records.current().persons().get(memberId));
    }

    // ---- an MP's record

    /**
     * An MP's record over a period: divisions voted in against those held while they sat, and
     * their rebellions; free votes left out unless {@code includeFree}.
     */
    public MpRecord recordOf(int memberId, LocalDate from, LocalDate to, boolean includeFree) {
        VoteRecord record = records.current();
        Sitting mp = record.sitting(memberId)
                .orElseThrow(() -> new IllegalArgumentException("no MP with member id " + memberId));
        Set<Integer> free = store.freeVotes();
        var voted =
                record.votesOf(memberId).stream().map(MpVote::divisionId).collect(java.util.stream.Collectors.toSet());
        var counted = new ArrayList<Division>();
        int leftOut = 0;
        int held = 0;
        for (Division d : record.divisions()) {
            if (!within(d, from, to)) {
                continue;
            }
            if (!includeFree && free.contains(d.id())) {
                leftOut++;
                continue;
            }
            counted.add(d);
            // a vote shows they sat, whatever the election dates say
            if (mp.satOn(d.heldOn()) || voted.contains(d.id())) {
                held++;
            }
        }
        var countedIds = counted.stream().map(Division::id).collect(java.util.stream.Collectors.toSet());
        int votes = 0;
        var rebellions = new ArrayList<Rebellion>();
        for (MpVote vote : record.votesOf(memberId)) {
            if (!countedIds.contains(vote.divisionId())) {
                continue;
            }
            votes++;
            if (record.rebels(vote)) {
                Division d = record.byId().get(vote.divisionId());
                rebellions.add(new Rebellion(
                        free.contains(d.id()) ? d.asFreeVote(true) : d,
                        vote,
                        record.partySplits(d.id()).get(vote.party())));
            }
        }
        rebellions.sort(Comparator.comparing((Rebellion r) -> r.division().heldOn())
                .thenComparing(r -> r.division().number())
                .reversed());
        return new MpRecord(mp, Coverage.of(counted, leftOut), votes, held, List.copyOf(rebellions));
    }

    static boolean within(Division d, LocalDate from, LocalDate to) {
        return (from == null || !d.heldOn().isBefore(from))
                && (to == null || !d.heldOn().isAfter(to));
    }

    // ---- free votes

    /** Administrators, and those who run a caucus (its convener, officers and post holders). */
    public boolean canMarkFreeVotes(CurrentUser user) {
        return user.admin() || user.has(CurrentUser.OFFICER);
    }

    /** Marks a division as a free vote, so that rebellion and cohesion figures leave it out. */
    @Transactional
    public Division markFreeVote(int divisionId, String note) {
        Division division = division(divisionId).orElseThrow(() -> new IllegalArgumentException("no such division"));
        if (division.freeVote()) {
            throw new IllegalStateException("division " + divisionId + " is already marked as a free vote");
        }
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        if (trimmed != null && trimmed.length() > 500) {
            throw new IllegalArgumentException("keep the note to 500 characters");
        }
        store.markFree(divisionId, trimmed, clock.instant());
        var after = new LinkedHashMap<String, Object>();
        after.put("title", division.title());
        after.put("date", division.heldOn().toString());
        after.put("freeVote", true);
        if (trimmed != null) {
            after.put("note", trimmed);
        }
        audit.record("marked free vote", "division", divisionId, null, Map.of("freeVote", false), after);
        return division.asFreeVote(true);
    }

    /** Takes the free-vote mark off a division: its splits count as rebellions again. */
    @Transactional
    public Division unmarkFreeVote(int divisionId) {
        Division division = division(divisionId).orElseThrow(() -> new IllegalArgumentException("no such division"));
        List<String> removed = store.unmarkFree(divisionId);
        if (removed.isEmpty()) {
            throw new IllegalStateException("division " + divisionId + " is not marked as a free vote");
        }
        var before = new LinkedHashMap<String, Object>();
        before.put("title", division.title());
        before.put("freeVote", true);
        if (!removed.get(0).isEmpty()) {
            before.put("note", removed.get(0));
        }
        audit.record("unmarked free vote", "division", divisionId, null, before, Map.of("freeVote", false));
        return division.asFreeVote(false);
    }

    VoteRecord record() {
        return records.current();
    }

    Set<Integer> freeVotes() {
        return store.freeVotes();
    }
}
