package org.convener.votes.web;

import java.util.List;
import java.util.Map;
import org.convener.groups.Group;
import org.convener.votes.BlocVote;
import org.convener.votes.Division;
import org.convener.votes.Lobby;
import org.convener.votes.Split;

/**
 * A division's page: its counts as declared and as listed, how each party and each visible caucus
 * split, and every MP's vote, filtered by party or caucus.
 *
 * @param party the party filter's Library code, or {@code null}
 * @param caucus the caucus filter's slug, or {@code null}
 * @param caucusChoices the caucuses the viewer may filter by
 * @param canMark whether the viewer may mark or unmark it as a free vote
 */
public record DivisionView(
        Division division,
        Map<String, Split> parties,
        List<BlocVote> caucuses,
        List<Line> lines,
        String party,
        String caucus,
        List<Group> caucusChoices,
        boolean canMark) {

    /**
     * One MP's line.
     *
     * @param lobby how they voted, or {@code null} when no vote is recorded
     * @param rebel against their party's majority
     */
    public record Line(
            String name, Long personId, String seat, String party, Lobby lobby, boolean teller, boolean rebel) {}

    public long rebels() {
        return lines.stream().filter(Line::rebel).count();
    }

    /** Those shown who voted against their party's majority. */
    public List<Line> rebelLines() {
        return lines.stream().filter(Line::rebel).toList();
    }

    /** The query string that keeps the filters, for links. */
    public String filterQuery() {
        var parts = new java.util.ArrayList<String>();
        if (party != null) {
            parts.add("party=" + party);
        }
        if (caucus != null) {
            parts.add("caucus=" + caucus);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** "2 ayes and 1 no short", "3 noes over", for the counts that differ. */
    public String difference() {
        var parts = new java.util.ArrayList<String>();
        describe(parts, division.countedAyes() - division.officialAyes(), "aye", "ayes");
        describe(parts, division.countedNoes() - division.officialNoes(), "no", "noes");
        return String.join(" and ", parts);
    }

    private static void describe(List<String> parts, int gap, String one, String many) {
        if (gap != 0) {
            parts.add(Math.abs(gap) + " " + (Math.abs(gap) == 1 ? one : many) + (gap < 0 ? " short" : " over"));
        }
    }
}
