package org.convener.seats.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.platform.CsvExport;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class SeatsController {

    private final SeatIntelligence seats;

    SeatsController(SeatIntelligence seats) {
        this.seats = seats;
    }

    /** The seat list; an htmx request gets only the results, for the filters to swap in. */
    @GetMapping("/seats")
    String list(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String winner,
            @RequestParam(required = false) String second,
            @RequestParam(required = false) Double minMajority,
            @RequestParam(required = false) Double maxMajority,
            @RequestParam(required = false) String sort,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        var query = new SeatQuery(area, winner, second, minMajority, maxMajority, sort);
        model.addAttribute("query", query);
        model.addAttribute("seats", find(query));
        model.addAttribute("total", seats.seats().size());
        if (htmx != null) {
            return "seats/results";
        }
        model.addAttribute("regions", seats.regions());
        model.addAttribute("parties", partiesInResults());
        return "seats/list";
    }

    /** The same list as CSV, for a spreadsheet. */
    @GetMapping("/seats.csv")
    void csv(
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String winner,
            @RequestParam(required = false) String second,
            @RequestParam(required = false) Double minMajority,
            @RequestParam(required = false) Double maxMajority,
            @RequestParam(required = false) String sort,
            HttpServletResponse response)
            throws IOException {
        var query = new SeatQuery(area, winner, second, minMajority, maxMajority, sort);
        List<Seat> found = find(query);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"convener-seats.csv\"");
        try (var csv = CsvExport.to(
                response.getOutputStream(),
                "ons_code",
                "constituency",
                "region",
                "winner_2024",
                "second_2024",
                "majority_votes",
                "majority_pct",
                "ruk_share_pct",
                "ruk_change_pct_points",
                "mp",
                "mp_party")) {
            for (Seat seat : found) {
                csv.row(
                        seat.code(),
                        seat.name(),
                        seat.constituency().region().name(),
                        seat.winner().code(),
                        seat.second() == null ? "" : seat.second().code(),
                        seat.majority(),
                        decimal(seat.majorityShare() * 100),
                        decimal(seat.shareOf(Party.RUK) * 100),
                        seat.changeSince2019(Party.RUK)
                                .map(c -> decimal(c * 100))
                                .orElse(""),
                        seat.mp() == null ? "" : seat.mp().name(),
                        seat.mp() == null ? "" : seat.mp().partyName());
            }
        }
    }

    @GetMapping("/seats/{code}")
    String seat(@PathVariable String code, Model model) {
        if (!ConstituencyCode.isValid(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "\"" + code + "\" is not a constituency code.");
        }
        Seat seat = seats.seat(ConstituencyCode.of(code))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No constituency has the code " + code + "."));
        model.addAttribute("view", new SeatView(seat));
        return "seats/seat";
    }

    @GetMapping("/seats/runner-up")
    String runnerUp(Model model) {
        model.addAttribute("matrix", seats.runnerUp());
        model.addAttribute("total", seats.seats().size());
        return "seats/runner-up";
    }

    private List<Seat> find(SeatQuery query) {
        try {
            return seats.find(query.toFilter(), query.order());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private List<Party> partiesInResults() {
        return seats.seats().stream()
                .flatMap(s -> java.util.stream.Stream.of(s.winner(), s.second()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
