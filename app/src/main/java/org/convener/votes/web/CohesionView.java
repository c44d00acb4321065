package org.convener.votes.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.convener.engine.Party;
import org.convener.shared.Format;
import org.convener.shared.LineChart;
import org.convener.votes.CohesionReport;
import org.convener.votes.DivisionCohesion;

/**
 * A bloc's cohesion for a page, beside its party's over the same divisions.
 *
 * @param party the bloc's party over the same period, or {@code null} when the bloc is that party
 * @param path the page's address, for the period form and links
 */
public record CohesionView(
        CohesionReport report, CohesionReport party, String path, LocalDate from, LocalDate to, boolean includeFree) {

    /** Divisions each point of the trend lines averages over. */
    static final int WINDOW = 10;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    private static final String BLOC_COLOUR = "#1b1b1f";

    /** A Rice index as people read it: 0.987; a dash when there is none. */
    public static String rice(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.UK, "%.3f", value.getAsDouble()) : "–";
    }

    public static String share(OptionalDouble value) {
        return value.isPresent() ? Format.percent(value.getAsDouble()) : "–";
    }

    /** The same page with the period kept and free votes in or out. */
    public String withFreeVotes(boolean include) {
        var parts = new ArrayList<String>();
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        if (include) {
            parts.add("free=include");
        }
        return path + (parts.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + String.join("&", parts));
    }

    /** The Rice index of each division over time, the bloc's and its party's, with a moving average of each. */
    public LineChart chart() {
        var divisions =
                report.divisions().stream().filter(d -> d.bloc().voting() >= 2).toList();
        if (divisions.size() < 2) {
            return null;
        }
        LocalDate first = divisions.get(0).division().heldOn();
        LocalDate last = divisions.get(divisions.size() - 1).division().heldOn();
        var series = new ArrayList<LineChart.Series>();
        String blocName = report.bloc().name();
        String blocColour = report.bloc().party().map(Party::colour).orElse(BLOC_COLOUR);
        series.add(dots(blocName, blocColour, divisions, first));
        series.add(trend(blocName, blocColour, divisions, first));
        if (party != null) {
            var partyDivisions = party.divisions().stream()
                    .filter(d -> d.bloc().voting() >= 2)
                    .toList();
            String colour = report.party().colour();
            series.add(dots(party.bloc().name(), colour, partyDivisions, first));
            series.add(trend(
                    party.bloc().name() + " (average of " + WINDOW + " divisions)", colour, partyDivisions, first));
        }
        var ticks = new ArrayList<LineChart.Tick>();
        for (LocalDate month = first.withDayOfMonth(1).plusMonths(1);
                !month.isAfter(last);
                month = month.plusMonths(2)) {
            ticks.add(new LineChart.Tick(days(first, month), MONTH.format(month)));
        }
        var yTicks = List.of(
                new LineChart.Tick(0, "0"),
                new LineChart.Tick(0.25, "0.25"),
                new LineChart.Tick(0.5, "0.5"),
                new LineChart.Tick(0.75, "0.75"),
                new LineChart.Tick(1, "1"));
        return new LineChart(
                "Rice index of each division, 1 when all members voted the same way"
                        + (party != null ? ", beside " + party.bloc().name() : ""),
                series,
                ticks,
                yTicks,
                0,
                Math.max(1, days(first, last)),
                0,
                1.02,
                null,
                "Rice index");
    }

    private static LineChart.Series dots(
            String name, String colour, List<DivisionCohesion> divisions, LocalDate first) {
        var points = new ArrayList<LineChart.Point>();
        for (DivisionCohesion d : divisions) {
            points.add(new LineChart.Point(
                    days(first, d.division().heldOn()),
                    d.bloc().rice().getAsDouble(),
                    name + ", " + Format.date(d.division().heldOn()) + ": "
                            + d.division().title() + " — " + rice(d.bloc().rice()) + " ("
                            + d.bloc().describe() + ")"));
        }
        return new LineChart.Series(name, colour, points, false, false);
    }

    private static LineChart.Series trend(
            String name, String colour, List<DivisionCohesion> divisions, LocalDate first) {
        var points = new ArrayList<LineChart.Point>();
        double sum = 0;
        for (int i = 0; i < divisions.size(); i++) {
            sum += divisions.get(i).bloc().rice().getAsDouble();
            if (i >= WINDOW) {
                sum -= divisions.get(i - WINDOW).bloc().rice().getAsDouble();
            }
            int n = Math.min(i + 1, WINDOW);
            points.add(
                    new LineChart.Point(days(first, divisions.get(i).division().heldOn()), sum / n, ""));
        }
        return new LineChart.Series(name, colour, points, true, false);
    }

    private static double days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
