package org.convener.ballots;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.count.Ballot;
import org.convener.count.BltWriter;
import org.convener.count.Candidate;
import org.convener.count.Count;
import org.convener.count.Election;
import org.convener.count.Lot;
import org.convener.platform.audit.AuditLog;
import org.convener.shared.Format;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Casting and counting. A vote writes two rows that share nothing: that the member voted (for one
 * vote each and the turnout), and the paper, sealed with the contest's key. At the close the papers
 * are opened, shuffled and published with their receipt codes, counted with lots drawn at random
 * from a recorded seed, and the key destroyed.
 */
@Service
public class BallotBox {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BallotStore store;
    private final Contests contests;
    private final SealingKeys keys;
    private final AuditLog audit;
    private final Clock clock;

    BallotBox(BallotStore store, Contests contests, SealingKeys keys, AuditLog audit, Clock clock) {
        this.store = store;
        this.contests = contests;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a member may vote in a contest now: in the electorate, voting open, not voted yet. */
    public boolean canVote(Contest c, Long personId) {
        return personId != null
                && c.phase(clock.instant()) == Phase.VOTING
                && contests.electorate(c).contains(personId)
                && !store.hasVoted(c.id(), personId);
    }

    public boolean hasVoted(Contest c, long personId) {
        return store.hasVoted(c.id(), personId);
    }

    public Turnout turnout(Contest c) {
        return new Turnout(store.voters(c.id()), contests.electorate(c).size());
    }

    /**
     * Casts a member's vote: {@code choices} are nominations (0 for re-open nominations), in order
     * of preference for a ranked method, or the marked ones otherwise.
     *
     * @return the receipt code, shown to the voter once and kept nowhere with their name
     */
    @Transactional
    public String cast(long contestId, long personId, List<Long> choices) {
        return cast(contestId, personId, choices, clock.instant());
    }

    String cast(long contestId, long personId, List<Long> choices, Instant now) {
        Contest c = store.contest(contestId).orElseThrow(() -> new IllegalArgumentException("no such contest"));
        c.checkVotingOpen(now);
        if (!contests.electorate(c).contains(personId)) {
            throw new IllegalArgumentException(
                    "only members of the group on " + Format.date(c.electorateOn()) + " vote in this contest");
        }
        if (store.hasVoted(contestId, personId)) {
            throw new IllegalStateException("you have already voted in this contest");
        }
        checkChoices(c, choices);
        Paper paper = Paper.mark(contestId, choices);
        try {
            store.insertVoter(contestId, personId, LocalDate.ofInstant(now, Format.LONDON));
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("you have already voted in this contest");
        }
        store.insertSealed(contestId, keys.seal(c.box(), paper.bytes()));
        audit.record("voted", "contest", contestId, AuditLog.person(personId), null, Map.of("voted", true));
        return paper.receipt();
    }

    /** The paper must name only candidates on it, each once, and as many as the method allows. */
    private void checkChoices(Contest c, List<Long> choices) {
        var allowed = new HashSet<Long>();
        contests.onPaper(c).forEach(n -> allowed.add(n.id()));
        if (c.ron()) {
            allowed.add(0L);
        }
        if (choices.isEmpty()) {
            throw new IllegalArgumentException(
                    c.method().ranked() ? "number at least one candidate" : "mark at least one candidate");
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            throw new IllegalArgumentException("each candidate can be marked only once");
        }
        if (!allowed.containsAll(choices)) {
            throw new IllegalArgumentException("the paper names someone who is not a candidate");
        }
        if (c.method().marking() == Method.Marking.ONE && choices.size() != 1) {
            throw new IllegalArgumentException("mark one candidate only");
        }
    }

    // ---- the count

    /** The declared result, counting first if voting has closed and no one has counted yet. */
    @Transactional
    public Optional<Result> result(Contest c) {
        if (c.countedAt() == null && !clock.instant().isBefore(c.closesAt())) {
            countIfDue(c.id(), clock.instant());
        }
        return store.result(c.id());
    }

    @Transactional
    public void countIfDue(long contestId) {
        countIfDue(contestId, clock.instant());
    }

    void countIfDue(long contestId, Instant now) {
        Contest c = store.lockContest(contestId).orElseThrow();
        if (c.countedAt() != null || now.isBefore(c.closesAt())) {
            return;
        }
        List<Nomination> onPaper = contests.onPaper(c);
        var numbers = new HashMap<Long, Integer>();
        var candidates = new ArrayList<Candidate>();
        for (Nomination n : onPaper) {
            candidates.add(new Candidate(candidates.size() + 1, unique(n.candidateName(), candidates)));
            numbers.put(n.id(), candidates.size());
        }
        if (c.ron()) {
            candidates.add(new Candidate(candidates.size() + 1, Contests.RON));
            numbers.put(0L, candidates.size());
        }
        var rankings = new ArrayList<int[]>();
        var receipts = new ArrayList<String>();
        for (byte[] sealed : store.sealedPapers(contestId)) {
            Paper paper = Paper.read(keys.open(c.box(), sealed));
            receipts.add(paper.receipt());
            rankings.add(paper.choices().stream().mapToInt(numbers::get).toArray());
        }
        Collections.shuffle(rankings, RANDOM);
        Collections.sort(receipts);
        store.insertPapers(contestId, rankings);
        store.insertReceipts(contestId, receipts);

        Election election = new Election(c.title(), c.seats(), candidates, aggregated(rankings));
        long seed = RANDOM.nextLong();
        Count count = c.method().rule().count(election, Lot.random(seed));
        String file = "contest-" + contestId + ".blt";
        var report = new LinkedHashMap<String, Object>(org.convener.ballots.CountJson.of(count, file));
        report.put("lot", "at random, seed " + seed);
        store.insertResult(contestId, BltWriter.write(election), report, seed, now);
        store.markCounted(contestId, now);
        if (c.kind() == ContestKind.ENDORSEMENT) {
            for (Candidate winner : count.elected()) {
                onPaper.stream()
                        .filter(n -> numbers.get(n.id()) == winner.number())
                        .findFirst()
                        .ifPresent(n -> store.insertEndorsement(
                                c.groupId(),
                                contestId,
                                n.candidateId(),
                                n.candidateName(),
                                LocalDate.ofInstant(now, Format.LONDON)));
            }
        }
        var values = new LinkedHashMap<String, Object>();
        values.put("papers", rankings.size());
        values.put("elected", count.elected().stream().map(Candidate::name).toList());
        values.put("seed", seed);
        audit.record("counted", "contest", contestId, null, null, values);
        // the key goes only once the count is safely stored
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.destroy(c.box());
                }
            });
        } else {
            keys.destroy(c.box());
        }
    }

    /** Identical papers on one line, lines in order: the published file keeps no trace of the order of voting. */
    private static List<Ballot> aggregated(List<int[]> rankings) {
        var weights = new java.util.TreeMap<List<Integer>, Long>((a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int d = Integer.compare(a.get(i), b.get(i));
                if (d != 0) {
                    return d;
                }
            }
            return Integer.compare(a.size(), b.size());
        });
        for (int[] r : rankings) {
            var key = new ArrayList<Integer>();
            for (int c : r) {
                key.add(c - 1);
            }
            weights.merge(key, 1L, Long::sum);
        }
        var out = new ArrayList<Ballot>();
        weights.forEach((ranking, weight) -> out.add(
                new Ballot(weight, ranking.stream().mapToInt(Integer::intValue).toArray())));
        return out;
    }

    /** Two candidates of the same name are told apart on the published paper. */
    private static String unique(String name, List<Candidate> so) {
        String base = name.strip().replaceAll("\\s+", " ");
        String n = base;
        for (int i = 2; taken(so, n); i++) {
            n = base + " (" + i + ")";
        }
        return n;
    }

    private static boolean taken(List<Candidate> so, String name) {
        return so.stream().anyMatch(c -> c.name().equals(name));
    }

    /** Contests whose voting has closed and that are not counted yet. */
    List<Long> dueForCount() {
        return store.dueForCount(clock.instant());
    }

    /** Whether a receipt code is among the published ones. */
    public boolean receiptCounted(Result result, String typed) {
        return result.receipts().contains(Paper.normalise(typed));
    }

    public List<Endorsement> endorsements(long groupId) {
        return store.endorsements(groupId);
    }
}
