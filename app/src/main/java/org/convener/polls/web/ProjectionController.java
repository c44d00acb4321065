package org.convener.polls.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.engine.ShareVector;
import org.convener.engine.SwingModel;
import org.convener.polls.ProjectionRun;
import org.convener.polls.Projections;
import org.convener.polls.Scenario;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class ProjectionController {

    private final Projections projections;
    private final SeatIntelligence seats;
    private final SimulationGate gate;

    ProjectionController(Projections projections, SeatIntelligence seats, SimulationGate gate) {
        this.projections = projections;
        this.seats = seats;
        this.gate = gate;
    }

    /** The projection form and, when it can run, its result; all in the URL, so any projection can be shared. */
    @GetMapping("/projection")
    String projection(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Double con,
            @RequestParam(required = false) Double lab,
            @RequestParam(required = false) Double ld,
            @RequestParam(required = false) Double ruk,
            @RequestParam(required = false) Double green,
            @RequestParam(required = false) Double snp,
            @RequestParam(required = false) Double pc,
            @RequestParam(required = false) String model,
            @RequestParam(required = false) boolean byNation,
            @RequestParam(required = false) boolean tactical,
            @RequestParam(required = false) Integer sims,
            @RequestParam(required = false) Long seed,
            HttpServletResponse response,
            Model page) {
        var typed = new EnumMap<Party, Double>(Party.class);
        put(typed, Party.CON, con);
        put(typed, Party.LAB, lab);
        put(typed, Party.LD, ld);
        put(typed, Party.RUK, ruk);
        put(typed, Party.GREEN, green);
        put(typed, Party.SNP, snp);
        put(typed, Party.PC, pc);
        var form = new ProjectionForm(source, typed, model, byNation, tactical, sims, seed);
        var average = projections.currentAverage().orElse(null);
        page.addAttribute("form", form);
        page.addAttribute("average", average);
        page.addAttribute("models", SwingModel.values());
        page.addAttribute("defaultModel", projections.settings().swingModel());
        page.addAttribute("hasResults", seats.hasResults());
        page.addAttribute("error", null);
        page.addAttribute("view", null);
        page.addAttribute("maxSims", projections.settings().maxSims());
        if (!seats.hasResults()) {
            return "polls/projection";
        }
        try {
            ShareVector shares = form.custom() ? form.typedShares() : average == null ? null : average.shares();
            if (shares == null) {
                page.addAttribute("error", "There are no polls imported to average; type the shares instead.");
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return "polls/projection";
            }
            int runs = sims == null ? projections.settings().sims() : sims;
            projections.settings().checkSims(runs);
            var defaults = projections.defaultScenario(shares);
            var scenario = new Scenario(
                    shares,
                    model == null || model.isBlank() ? defaults.model() : SwingModel.ofCode(model),
                    byNation,
                    tactical,
                    defaults.uncertainty(),
                    runs,
                    seed == null ? 1 : seed);
            // a run kept from an earlier request costs nothing; a new one waits for a free turn
            ProjectionRun run = projections.recent(scenario).orElseGet(() -> gate.run(() -> projections.run(scenario)));
            page.addAttribute("view", new ProjectionView(run, seats.seats()));
        } catch (SimulationGate.Busy e) {
            page.addAttribute("error", e.getMessage());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
        } catch (IllegalArgumentException e) {
            page.addAttribute("error", capitalised(e.getMessage()) + ".");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "polls/projection";
    }

    /** The current projection for one seat, for its page to load in. */
    @GetMapping("/projection/seats/{code}")
    String seat(@PathVariable String code, Model page) {
        if (!ConstituencyCode.isValid(code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "\"" + code + "\" is not a constituency code.");
        }
        Seat seat = seats.seat(ConstituencyCode.of(code))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No constituency has the code " + code + "."));
        ProjectionRun run = projections.current().orElse(null);
        page.addAttribute("seat", seat);
        page.addAttribute("run", run);
        page.addAttribute("index", run == null ? -1 : run.indexOf(seat));
        page.addAttribute("average", projections.currentAverage().orElse(null));
        return "polls/seat-projection";
    }

    private static void put(EnumMap<Party, Double> shares, Party party, Double value) {
        if (value != null) {
            shares.put(party, value);
        }
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
