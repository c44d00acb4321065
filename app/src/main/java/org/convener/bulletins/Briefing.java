package org.convener.bulletins;

import java.util.List;
import org.convener.groups.Vacancy;
import org.convener.polls.AverageAge;
import org.convener.seats.Contest;
import org.convener.seats.Seat;

/**
 * A briefing pack for one seat: the public record and projection, and, for a signed-in user who
 * may see them, what the caucuses and local groups hold about the seat.
 *
 * @param caucuses the caucuses the MP belongs to
 * @param chances each party's chance of winning under the current average, most likely first
 * @param projected each party's projected share, in the same order
 * @param reformTippingPoint the Reform UK GB share (0–1) at which the seat falls to Reform UK, if it does by 60%
 * @param map a small PNG of the hex map with the seat marked, as a data address
 * @param privateShown whether the signed-in parts are included
 */
public record Briefing(
        Seat seat,
        List<String> caucuses,
        AverageAge age,
        List<Chance> chances,
        Double reformTippingPoint,
        boolean reformHolds,
        String map,
        boolean privateShown,
        List<GroupLine> groups,
        List<Figures.Line> engagements,
        List<Figures.Line> asks,
        List<Figures.MetricLine> metrics) {

    public record Chance(String party, String colour, double share, double chance) {}

    /** A local group working in the seat, with its vacant posts. */
    public record GroupLine(String name, String slug, List<String> vacancies) {}

    public static List<String> postTitles(List<Vacancy> vacancies) {
        return vacancies.stream().map(v -> v.post().title()).toList();
    }

    public Contest general2024() {
        return seat.general2024();
    }
}
