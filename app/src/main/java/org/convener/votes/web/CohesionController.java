package org.convener.votes.web;

import java.time.LocalDate;
import java.util.Optional;
import org.convener.engine.Party;
import org.convener.groups.Group;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.seats.SeatSet;
import org.convener.seats.SeatSets;
import org.convener.votes.Bloc;
import org.convener.votes.Blocs;
import org.convener.votes.CohesionReport;
import org.convener.votes.Cohesions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * How cohesively a caucus, a party or a seat set's MPs vote, each beside its party over the same
 * divisions. The caucus page loads the caucus's summary from here, so groups need not know votes.
 */
@Controller
class CohesionController {

    private final Cohesions cohesions;
    private final Blocs blocs;
    private final SeatSets sets;

    CohesionController(Cohesions cohesions, Blocs blocs, SeatSets sets) {
        this.cohesions = cohesions;
        this.blocs = blocs;
        this.sets = sets;
    }

    /** A caucus's votes: its members, those who run it and administrators, as for the caucus page. */
    @GetMapping("/groups/{slug}/votes")
    String caucus(
            @PathVariable String slug,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String free,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        CurrentUser user = Forms.signedIn();
        Group caucus = blocs.findCaucus(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such caucus."));
        if (!blocs.canSee(Optional.of(user), caucus)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only the caucus's members and officers see how it votes.");
        }
        model.addAttribute("view", view(blocs.caucus(caucus), "/groups/" + slug + "/votes", from, to, free));
        model.addAttribute("caucus", caucus);
        return htmx != null ? "votes/summary" : "votes/cohesion";
    }

    /** A party's or a seat set's MPs; without either, Labour's. */
    @GetMapping("/divisions/cohesion")
    String bloc(
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String set,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String free,
            Model model) {
        Bloc bloc;
        String path;
        if (set != null && !set.isBlank()) {
            SeatSet found = sets.findVisible(set.trim(), CurrentUser.get())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such seat set."));
            bloc = blocs.seatSet(found);
            path = "/divisions/cohesion?set=" + found.name();
        } else {
            Party chosen = party == null || party.isBlank() ? Party.LAB : DivisionsController.partyCode(party);
            bloc = blocs.party(chosen);
            path = "/divisions/cohesion?party=" + chosen.code();
        }
        model.addAttribute("view", view(bloc, path, from, to, free));
        model.addAttribute("caucus", null);
        model.addAttribute("parties", Party.values());
        model.addAttribute("sets", sets.visibleTo(CurrentUser.get()));
        return "votes/cohesion";
    }

    private CohesionView view(Bloc bloc, String path, String fromText, String toText, String free) {
        LocalDate from = day(fromText);
        LocalDate to = day(toText);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The period ends before it starts.");
        }
        boolean includeFree = "include".equals(free);
        CohesionReport report = cohesions.of(bloc, from, to, includeFree);
        CohesionReport party = null;
        if (bloc.kind() != Bloc.Kind.PARTY && !report.coverage().empty()) {
            // the party over the same divisions, so the two compare like with like
            party = cohesions.of(
                    blocs.party(report.party()),
                    report.coverage().first(),
                    report.coverage().last(),
                    includeFree);
        }
        return new CohesionView(report, party, path, from, to, includeFree);
    }

    private static LocalDate day(String text) {
        try {
            return Forms.day(text, null);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }
}
