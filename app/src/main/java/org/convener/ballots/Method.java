package org.convener.ballots;

import java.util.Arrays;
import org.convener.count.CountingRule;

/** How the papers are marked and counted; each is one counting rule of the engine. */
public enum Method {
    FPTP("fptp", "First past the post", "Mark one candidate. The most votes wins.", Marking.ONE),
    APPROVAL(
            "approval", "Approval", "Mark every candidate you would be happy with. The most marks wins.", Marking.MANY),
    IRV(
            "irv",
            "Instant-runoff (ranked)",
            "Number the candidates in order of preference. If no one has more than half, the last is out and their papers go to the next choice, until someone has.",
            Marking.RANKS),
    SCOTTISH_STV(
            "scottish-stv",
            "Single transferable vote (Scottish rules)",
            "Number the candidates in order of preference. Anyone reaching the quota is elected; surpluses and the papers of those excluded pass to the next choices.",
            Marking.RANKS),
    MEEK(
            "meek",
            "Single transferable vote (Meek)",
            "Number the candidates in order of preference. STV counted by computer so that every preference counts as far as it can.",
            Marking.RANKS);

    /** How a paper is marked. */
    public enum Marking {
        ONE,
        MANY,
        RANKS
    }

    private final String id;
    private final String label;
    private final String howToVote;
    private final Marking marking;

    Method(String id, String label, String howToVote, Marking marking) {
        this.id = id;
        this.label = label;
        this.howToVote = howToVote;
        this.marking = marking;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String howToVote() {
        return howToVote;
    }

    public Marking marking() {
        return marking;
    }

    public boolean ranked() {
        return marking == Marking.RANKS;
    }

    /** Instant-runoff fills one seat only. */
    public boolean singleSeat() {
        return this == IRV;
    }

    CountingRule rule() {
        return CountingRule.named(id);
    }

    public static Method of(String id) {
        return Arrays.stream(values())
                .filter(m -> m.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no voting method \"" + id + "\""));
    }
}
