package org.convener.polls.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.convener.engine.Party;
import org.convener.engine.PollAverage;
import org.convener.polls.Polls;
import org.convener.polls.PublishedPoll;
import org.convener.shared.LineChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class PollsController {

    static final int PAGE_SIZE = 50;
    /** The parties the chart draws; the rest are too small to read at this scale. */
    static final List<Party> CHARTED = List.of(Party.RUK, Party.LAB, Party.CON, Party.LD, Party.GREEN);

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private final Polls polls;

    PollsController(Polls polls) {
        this.polls = polls;
    }

    @GetMapping("/polls")
    String polls(@RequestParam(defaultValue = "1") int page, Model model) {
        List<PublishedPoll> all = polls.published();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.max(1, Math.min(page, pages));
        model.addAttribute("average", polls.currentAverage().orElse(null));
        model.addAttribute("chart", all.isEmpty() ? null : chart(all, polls.trend(7)));
        model.addAttribute("polls", all.subList((shown - 1) * PAGE_SIZE, Math.min(all.size(), shown * PAGE_SIZE)));
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("total", all.size());
        model.addAttribute("age", polls.age().orElse(null));
        model.addAttribute(
                "mayKeep",
                org.convener.platform.CurrentUser.get()
                        .map(org.convener.polls.PollEntries::mayKeep)
                        .orElse(false));
        return "polls/polls";
    }

    private static LineChart chart(List<PublishedPoll> all, List<PollAverage> trend) {
        LocalDate first = all.stream()
                .map(p -> p.poll().fieldworkEnd())
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = all.stream()
                .map(p -> p.poll().fieldworkEnd())
                .max(LocalDate::compareTo)
                .orElseThrow();
        var series = new ArrayList<LineChart.Series>();
        for (Party party : CHARTED) {
            var dots = new ArrayList<LineChart.Point>();
            for (PublishedPoll p : all) {
                Double share = p.poll().shares().get(party);
                if (share != null && !p.poll().mrp()) {
                    dots.add(new LineChart.Point(
                            days(first, p.poll().fieldworkEnd()),
                            share,
                            p.poll().pollster() + ", " + p.poll().fieldworkEnd() + ": " + party.code() + " " + share
                                    + "%"));
                }
            }
            series.add(new LineChart.Series(party.displayName() + " polls", party.colour(), dots, false, false));
        }
        for (Party party : CHARTED) {
            var line = new ArrayList<LineChart.Point>();
            for (PollAverage average : trend) {
                line.add(new LineChart.Point(
                        days(first, average.asOf()), average.shares().get(party) * 100, ""));
            }
            series.add(new LineChart.Series(party.displayName(), party.colour(), line, true, false));
        }
        var ticks = new ArrayList<LineChart.Tick>();
        for (LocalDate month = first.withDayOfMonth(1).plusMonths(1);
                !month.isAfter(last);
                month = month.plusMonths(3)) {
            ticks.add(new LineChart.Tick(days(first, month), MONTH.format(month)));
        }
        return new LineChart(
                "GB voting intention since July 2024: each poll as a dot, the average as a line",
                series,
                ticks,
                LineChart.ticks(0, 40, 10, "%"),
                0,
                Math.max(1, days(first, last)),
                0,
                40,
                null,
                null);
    }

    private static double days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
