package org.convener.votes.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.convener.engine.Party;
import org.convener.groups.Group;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.votes.Bloc;
import org.convener.votes.BlocVote;
import org.convener.votes.Blocs;
import org.convener.votes.Cohesions;
import org.convener.votes.Division;
import org.convener.votes.MpRoll;
import org.convener.votes.MpVote;
import org.convener.votes.Sitting;
import org.convener.votes.Votes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of divisions, each division's page, and marking free votes. */
@Controller
class DivisionsController {

    private final Votes votes;
    private final Cohesions cohesions;
    private final Blocs blocs;

    DivisionsController(Votes votes, Cohesions cohesions, Blocs blocs) {
        this.votes = votes;
        this.cohesions = cohesions;
        this.blocs = blocs;
    }

    /** Divisions, newest first, searched by title; an htmx request gets only the results. */
    @GetMapping("/divisions")
    String list(
            @RequestParam(name = "q", required = false) String words,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        if (words != null && words.length() > 200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Search with up to 200 characters.");
        }
        var found = votes.search(words, page);
        List<Bloc> caucuses = blocs.caucusesVisibleTo(CurrentUser.get()).stream()
                .map(blocs::caucus)
                .toList();
        var rows = new ArrayList<DivisionList.Row>();
        for (Division d : found.divisions()) {
            rows.add(new DivisionList.Row(
                    d,
                    new ArrayList<>(votes.partySplits(d.id()).entrySet()),
                    caucuses.stream().map(c -> cohesions.in(c, d.id())).toList()));
        }
        model.addAttribute(
                "list",
                new DivisionList(words == null ? "" : words, found, rows, votes.coverage(), !caucuses.isEmpty()));
        return htmx != null ? "votes/rows" : "votes/divisions";
    }

    /** A division with every MP's vote; an htmx request gets only the filtered votes. */
    @GetMapping("/divisions/{id}")
    String division(
            @PathVariable int id,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) String caucus,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        Division division = votes.division(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such division."));
        Optional<CurrentUser> user = CurrentUser.get();
        List<Group> visible = blocs.caucusesVisibleTo(user);
        String partyCode = blank(party) ? null : partyCode(party).code();
        String slug = blank(caucus) ? null : caucus.trim();
        Group chosen = slug == null
                ? null
                : visible.stream()
                        .filter(g -> g.slug().equals(slug))
                        .findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such caucus."));
        var caucusVotes =
                visible.stream().map(g -> cohesions.in(blocs.caucus(g), id)).toList();
        model.addAttribute(
                "view",
                new DivisionView(
                        division,
                        votes.partySplits(id),
                        caucusVotes,
                        lines(id, partyCode, chosen == null ? null : cohesions.in(blocs.caucus(chosen), id)),
                        partyCode,
                        slug,
                        visible,
                        user.map(votes::canMarkFreeVotes).orElse(false)));
        return htmx != null ? "votes/votes" : "votes/division";
    }

    /** Every vote (or, for a caucus, every member, voting or not), by party and name. */
    private List<DivisionView.Line> lines(int divisionId, String party, BlocVote caucus) {
        var lines = new ArrayList<DivisionView.Line>();
        List<MpVote> cast = caucus == null ? votes.votesIn(divisionId) : caucus.votes();
        for (MpVote vote : cast) {
            if (party == null || party.equals(vote.party())) {
                lines.add(line(vote.memberId(), vote.party(), vote));
            }
        }
        if (caucus != null) {
            var day = votes.division(divisionId).orElseThrow().heldOn();
            for (int memberId : caucus.notRecorded()) {
                String theirs = votes.partyOn(memberId, day).orElse(Party.OTH.code());
                if (party == null || party.equals(theirs)) {
                    lines.add(line(memberId, theirs, null));
                }
            }
        }
        // largest party first, and within it those against the party's majority, then by lobby and name
        var order = new ArrayList<>(votes.partySplits(divisionId).keySet());
        lines.sort(Comparator.comparingInt(
                        (DivisionView.Line l) -> order.contains(l.party()) ? order.indexOf(l.party()) : order.size())
                .thenComparing(l -> !l.rebel())
                .thenComparing(l -> l.lobby() == null ? 9 : l.lobby().ordinal())
                .thenComparing(l -> MpRoll.normalised(l.name())));
        return lines;
    }

    private DivisionView.Line line(int memberId, String party, MpVote vote) {
        Sitting mp = votes.sitting(memberId).orElseThrow();
        return new DivisionView.Line(
                mp.name(),
                votes.personOf(memberId).orElse(null),
                mp.constituencyName(),
                party,
                vote == null ? null : vote.lobby(),
                vote != null && vote.teller(),
                vote != null && votes.rebels(vote));
    }

    /** Marks a division as a free vote, or takes the mark off; officers and administrators only. */
    @PostMapping("/divisions/{id}/free-vote")
    String freeVote(
            @PathVariable int id,
            @RequestParam(defaultValue = "true") boolean free,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        if (!votes.canMarkFreeVotes(user)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Only officers and administrators mark free votes.");
        }
        votes.division(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such division."));
        return Forms.outcome(redirect, "/divisions/" + id, () -> {
            if (free) {
                votes.markFreeVote(id, note);
                return "Marked as a free vote: rebellion and cohesion figures leave it out unless asked.";
            }
            votes.unmarkFreeVote(id);
            return "No longer marked as a free vote: its splits count as rebellions again.";
        });
    }

    /** A party by its House of Commons Library code, as the filters take it. */
    static Party partyCode(String code) {
        return java.util.Arrays.stream(Party.values())
                .filter(p -> p.code().equalsIgnoreCase(code.trim()))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.BAD_REQUEST, "No party has the code \"" + code.trim() + "\"."));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
