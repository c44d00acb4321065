package org.convener.people.web;

import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.accounts.Invitations;
import org.convener.platform.mail.Outbox;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's account and email, loaded into their page for those who see their contact details:
 * whether they have an account or an invitation waiting, whether their address is suppressed,
 * the latest messages to them; and inviting them to an account, for administrators and for the
 * officers of a caucus they are in.
 */
@Controller
class PersonMailController {

    private final People people;
    private final PersonAccess access;
    private final Accounts accounts;
    private final Invitations invitations;
    private final Outbox outbox;

    PersonMailController(
            People people, PersonAccess access, Accounts accounts, Invitations invitations, Outbox outbox) {
        this.people = people;
        this.access = access;
        this.accounts = accounts;
        this.invitations = invitations;
        this.outbox = outbox;
    }

    @GetMapping("/people/{id}/email")
    String email(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Person person = withContacts(id, user);
        model.addAttribute("person", person);
        model.addAttribute("account", accounts.forPerson(id).orElse(null));
        model.addAttribute("invitation", invitations.latestFor(id).orElse(null));
        model.addAttribute("now", invitations.clock().instant());
        model.addAttribute("suppressed", person.email() != null && outbox.suppressed(person.email()));
        var messages = outbox.toPerson(id);
        var latest = new java.util.ArrayList<>(messages.subList(Math.max(0, messages.size() - 5), messages.size()));
        java.util.Collections.reverse(latest);
        model.addAttribute("messages", latest);
        model.addAttribute("total", messages.size());
        model.addAttribute("mayInvite", mayInvite(user, person));
        return "people/email";
    }

    @PostMapping("/people/{id}/invite")
    String invite(@PathVariable long id, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Person person = withContacts(id, user);
        if (!mayInvite(user, person)) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN,
                    "Only administrators and the officers of a caucus the person is in invite them to an account.");
        }
        return Forms.outcome(redirect, "/people/" + id, () -> {
            if (person.email() == null) {
                throw new IllegalArgumentException("record an email address for " + person.displayName() + " first");
            }
            var invitation = invitations.invite(person.email(), person.id(), person.fullName(), false);
            return "Invited " + person.displayName() + " to choose a password: "
                    + (outbox.smtpConfigured()
                            ? "a link is on its way to " + invitation.email() + "."
                            : "no mail server is configured, so the message waits in the outbox for an administrator to pass on.");
        });
    }

    /** Administrators, and officers who manage the person (the members of their caucus). */
    private boolean mayInvite(CurrentUser user, Person person) {
        return !person.erased() && (user.admin() || (user.has(CurrentUser.OFFICER) && access.canChange(user, person)));
    }

    private Person withContacts(long id, CurrentUser user) {
        Person person =
                people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such person."));
        if (!access.canSeeRecord(user, person)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You do not have access to this person's record.");
        }
        return person;
    }
}
