package org.convener.votes.web;

import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.people.PersonKind;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.votes.Votes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** An MP's voting record, loaded into their person page, or on a page of its own. */
@Controller
class PersonVotesController {

    private final People people;
    private final PersonAccess access;
    private final Votes votes;

    PersonVotesController(People people, PersonAccess access, Votes votes) {
        this.people = people;
        this.access = access;
        this.votes = votes;
    }

    @GetMapping("/people/{id}/votes")
    String record(
            @PathVariable long id,
            @RequestParam(required = false) String free,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        CurrentUser user = Forms.signedIn();
        Person person =
                people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such person."));
        if (!access.canView(user, person)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You do not have access to this person's record.");
        }
        Integer memberId = person.kind() == PersonKind.MP ? person.parliamentMemberId() : null;
        if (memberId == null || votes.sitting(memberId).isEmpty()) {
            if (htmx != null) {
                return "votes/none";
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No Commons votes are recorded for this person.");
        }
        boolean includeFree = "include".equals(free);
        model.addAttribute("person", person);
        model.addAttribute("record", votes.recordOf(memberId, null, null, includeFree));
        model.addAttribute("includeFree", includeFree);
        return htmx != null ? "votes/mp" : "votes/record";
    }
}
