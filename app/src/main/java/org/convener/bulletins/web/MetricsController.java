package org.convener.bulletins.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convener.bulletins.CaucusAccess;
import org.convener.bulletins.Metric;
import org.convener.bulletins.Metrics;
import org.convener.groups.Group;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.shared.LineChart;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A caucus's delivery metrics: the list, one metric's history as a chart and a table, and the officer's forms. */
@Controller
class MetricsController {

    private final Metrics metrics;
    private final CaucusAccess caucuses;

    MetricsController(Metrics metrics, CaucusAccess caucuses) {
        this.metrics = metrics;
        this.caucuses = caucuses;
    }

    @GetMapping("/metrics")
    String list(@RequestParam(required = false) String caucus, Model page) {
        var user = CurrentUser.get();
        List<Group> visible =
                caucuses.all().stream().filter(g -> caucuses.sees(user, g.id())).toList();
        Group chosen = caucus == null
                ? (visible.isEmpty() ? null : visible.get(0))
                : visible.stream()
                        .filter(g -> g.slug().equals(caucus))
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such caucus"));
        page.addAttribute("caucuses", visible);
        page.addAttribute("caucus", chosen);
        page.addAttribute("metrics", chosen == null ? List.of() : metrics.of(chosen.id()));
        page.addAttribute("runs", chosen != null && caucuses.runs(user, chosen.id()));
        return "bulletins/metrics";
    }

    @PostMapping("/metrics")
    String define(
            @RequestParam String caucus,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String method,
            @RequestParam(required = false) String seat,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Group group = caucuses.find(caucus).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!caucuses.runs(Optional.of(user), group.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try {
            Metric metric = metrics.define(user, group.id(), name, unit, source, method, seat);
            redirect.addFlashAttribute("notice", "Now tracking \"" + metric.name() + "\". Record its first value.");
            return "redirect:/metrics/" + metric.id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/metrics?caucus=" + group.slug();
        }
    }

    @GetMapping("/metrics/{id}")
    String metric(@PathVariable long id, Model page) {
        Metric metric = visible(id);
        var values = metrics.values(id);
        page.addAttribute("metric", metric);
        page.addAttribute("caucus", caucuses.find(metric.caucusId()).orElseThrow());
        var newestFirst = new ArrayList<>(values);
        java.util.Collections.reverse(newestFirst);
        page.addAttribute("values", newestFirst);
        page.addAttribute("chart", chart(metric, values));
        page.addAttribute("runs", caucuses.runs(CurrentUser.get(), metric.caucusId()));
        page.addAttribute("today", LocalDate.now());
        return "bulletins/metric";
    }

    @PostMapping("/metrics/{id}/values")
    String record(
            @PathVariable long id,
            @RequestParam(required = false) String refersTo,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String sourceUrl,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Metric metric = visible(id);
        if (!caucuses.runs(Optional.of(user), metric.caucusId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return Forms.outcome(redirect, "/metrics/" + id, () -> {
            var recorded = metrics.record(user, id, refersTo, value, sourceUrl);
            return "Recorded " + recorded.value().toPlainString() + " " + metric.unit() + " for "
                    + org.convener.shared.Format.date(recorded.refersTo()) + ".";
        });
    }

    private Metric visible(long id) {
        Metric metric = metrics.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!caucuses.sees(CurrentUser.get(), metric.caucusId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return metric;
    }

    private static LineChart chart(Metric metric, List<Metric.Value> values) {
        if (values.isEmpty()) {
            return null;
        }
        LocalDate first = values.get(0).refersTo();
        LocalDate last = values.get(values.size() - 1).refersTo();
        double max =
                values.stream().mapToDouble(v -> v.value().doubleValue()).max().orElse(1);
        double min = Math.min(
                0,
                values.stream().mapToDouble(v -> v.value().doubleValue()).min().orElse(0));
        double top = niceCeiling(max);
        var points = new ArrayList<LineChart.Point>();
        for (var v : values) {
            points.add(new LineChart.Point(
                    ChronoUnit.DAYS.between(first, v.refersTo()),
                    v.value().doubleValue(),
                    v.refersTo() + ": " + v.value().toPlainString() + " " + metric.unit()));
        }
        double span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        var xTicks = List.of(
                new LineChart.Tick(0, org.convener.shared.Format.date(first)),
                new LineChart.Tick(span, org.convener.shared.Format.date(last)));
        return new LineChart(
                metric.name() + " (" + metric.unit() + ") by the day each value refers to",
                List.of(
                        new LineChart.Series(metric.name(), "#8b1e3f", points, true, false),
                        new LineChart.Series(metric.name() + " values", "#8b1e3f", points, false, false)),
                xTicks,
                LineChart.ticks(min, top, top / 4, ""),
                0,
                span,
                min,
                top,
                null,
                null);
    }

    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
