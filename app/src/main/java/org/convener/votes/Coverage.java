package org.convener.votes;

import java.time.LocalDate;
import org.convener.shared.Format;

/**
 * What a figure was computed over: the divisions counted and their first and last dates.
 *
 * @param freeVotesLeftOut divisions in the period marked as free votes and not counted
 */
public record Coverage(LocalDate first, LocalDate last, int divisions, int freeVotesLeftOut) {

    public static final Coverage NONE = new Coverage(null, null, 0, 0);

    public boolean empty() {
        return divisions == 0;
    }

    /** "195 divisions, 22 Jul 2024 – 22 May 2025", with any free votes left out. */
    public String describe() {
        if (empty()) {
            return "no divisions" + leftOut();
        }
        return Format.count(divisions)
                + (divisions == 1 ? " division, " : " divisions, ")
                + Format.date(first)
                + (last.equals(first) ? "" : " – " + Format.date(last))
                + leftOut();
    }

    private String leftOut() {
        return freeVotesLeftOut == 0
                ? ""
                : "; " + freeVotesLeftOut + (freeVotesLeftOut == 1 ? " free vote" : " free votes") + " left out";
    }

    static Coverage of(java.util.List<Division> counted, int freeVotesLeftOut) {
        if (counted.isEmpty()) {
            return new Coverage(null, null, 0, freeVotesLeftOut);
        }
        LocalDate first = counted.get(0).heldOn();
        LocalDate last = first;
        for (Division d : counted) {
            first = d.heldOn().isBefore(first) ? d.heldOn() : first;
            last = d.heldOn().isAfter(last) ? d.heldOn() : last;
        }
        return new Coverage(first, last, counted.size(), freeVotesLeftOut);
    }
}
