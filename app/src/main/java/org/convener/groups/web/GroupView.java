package org.convener.groups.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.convener.groups.CaucusRisk;
import org.convener.groups.Group;
import org.convener.groups.Invitation;
import org.convener.groups.Membership;
import org.convener.groups.OfficerPost;
import org.convener.groups.Volunteer;
import org.convener.people.Person;
import org.convener.seats.SeatSet;
import org.convener.shared.LineChart;

/**
 * A group's page: members (with contact details for those who manage it, where the member's record
 * is open to them), posts, volunteers, growth and, for a caucus, its seats and their risk.
 *
 * @param records the members whose record (contact details) the viewer may see
 * @param candidates whom a manager may add: people whose record they can see (and, to a caucus, MPs)
 * @param invitable whom a manager may invite instead: MPs they cannot add themselves
 * @param invitations invitations waiting for an answer
 */
public record GroupView(
        Group group,
        boolean manager,
        List<Membership> members,
        List<Membership> past,
        Map<Long, Person> people,
        List<OfficerPost> posts,
        Map<Long, List<Volunteer>> volunteers,
        TreeMap<LocalDate, Integer> growth,
        SeatSet seatSet,
        CaucusRisk.Outlook outlook,
        List<Person> candidates,
        Set<Long> records,
        List<Person> invitable,
        List<Invitation> invitations) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    public String name(long personId) {
        Person p = people.get(personId);
        return p == null ? "#" + personId : p.displayName();
    }

    public Person person(long personId) {
        return people.get(personId);
    }

    /** The member's contact details, for a manager who may see their record. */
    public boolean showsRecord(long personId) {
        return manager && records.contains(personId);
    }

    /** Membership over time as a step chart; none for fewer than two changes. */
    public LineChart growthChart(LocalDate today) {
        if (growth.isEmpty()) {
            return null;
        }
        LocalDate first = growth.firstKey();
        var points = new ArrayList<LineChart.Point>();
        growth.forEach((day, count) -> points.add(
                new LineChart.Point(ChronoUnit.DAYS.between(first, day), count, day + ": " + count + " members")));
        int current = growth.lastEntry().getValue();
        points.add(new LineChart.Point(
                ChronoUnit.DAYS.between(first, today), current, today + ": " + current + " members"));
        int top = growth.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        double span = Math.max(1, ChronoUnit.DAYS.between(first, today));
        var ticks = new ArrayList<LineChart.Tick>();
        for (LocalDate month = first.withDayOfMonth(1).plusMonths(1);
                !month.isAfter(today);
                month = month.plusMonths(Math.max(1, (int) (span / 180)))) {
            ticks.add(new LineChart.Tick(ChronoUnit.DAYS.between(first, month), MONTH.format(month)));
        }
        int every = top > 50 ? 20 : top > 20 ? 10 : top > 10 ? 5 : 1;
        return new LineChart(
                "Members of " + group.name() + " over time",
                List.of(new LineChart.Series("Members", "#8b1e3f", points, true, true)),
                ticks,
                LineChart.ticks(0, top, every, ""),
                0,
                span,
                0,
                Math.max(1, top * 1.1),
                null,
                null);
    }
}
