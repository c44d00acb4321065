package org.convener.people.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Arrays;
import java.util.LinkedHashSet;
import org.convener.people.Channel;
import org.convener.people.DataProtection;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.people.PersonLinks;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Messages;
import org.convener.platform.Refusals;
import org.convener.platform.audit.AuditLog;
import org.convener.seats.SeatIntelligence;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PeopleController {

    private final People people;
    private final DataProtection dataProtection;
    private final PersonAccess access;
    private final SeatIntelligence seats;
    private final java.util.List<PersonLinks> links;
    private final AuditLog audit;
    private final ObjectMapper json;

    PeopleController(
            People people,
            DataProtection dataProtection,
            PersonAccess access,
            SeatIntelligence seats,
            java.util.List<PersonLinks> links,
            AuditLog audit,
            ObjectMapper json) {
        this.people = people;
        this.dataProtection = dataProtection;
        this.access = access;
        this.seats = seats;
        this.links = links;
        this.audit = audit;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * Up to ten people for a form's name box, as {@code <option>}s reading "Name (constituency) #id":
     * found by the same search, under the same rules, as the people page, from the box's own value.
     */
    @GetMapping("/people/suggest")
    String suggest(@RequestParam java.util.Map<String, String> params, Model model) {
        String typed = params.getOrDefault(
                        "name", params.values().stream().findFirst().orElse(""))
                .strip();
        if (typed.length() < 2 || typed.length() > 100) {
            model.addAttribute("names", java.util.List.of());
            return "shared/suggestions";
        }
        String plain = typed.replaceAll("\\s*(\\(.*)?#\\d*$", "");
        var found = people.search(plain, null, null, null, Forms.signedIn(), 1).people().stream()
                .limit(10)
                .map(p -> p.displayName()
                        + (p.constituencyCode() == null ? "" : " (" + seats.nameOf(p.constituencyCode()) + ")")
                        + " #" + p.id())
                .toList();
        model.addAttribute("names", found);
        return "shared/suggestions";
    }

    @GetMapping("/people")
    String search(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String constituency,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Long group,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        CurrentUser user = Forms.signedIn();
        var results = people.search(name, seats.codeOf(constituency), tag, group, user, page);
        model.addAttribute("results", results);
        model.addAttribute(
                "records",
                results.people().stream()
                        .filter(p -> access.canSeeRecord(user, p))
                        .map(Person::id)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("constituency", constituency == null ? "" : constituency);
        model.addAttribute("tag", tag == null ? "" : tag);
        model.addAttribute("group", group);
        model.addAttribute("tags", people.tags(user));
        model.addAttribute("groups", groupChoices(user));
        model.addAttribute("canCreate", access.canCreate(user));
        model.addAttribute("seats", seats);
        return "people/search";
    }

    @GetMapping("/people/new")
    String newPerson(Model model) {
        if (!access.canCreate(Forms.signedIn())) {
            throw Refusals.forbidden("Only administrators, officers and organisers add people.");
        }
        model.addAttribute("person", null);
        model.addAttribute("constituencyName", "");
        model.addAttribute("kinds", kindsFor(Forms.signedIn(), null));
        model.addAttribute("groups", groupChoices(Forms.signedIn()));
        model.addAttribute("admin", Forms.signedIn().admin());
        return "people/edit";
    }

    private java.util.List<PersonLinks.GroupChoice> groupChoices(CurrentUser user) {
        return links.stream()
                .flatMap(a -> a.groupChoices(user).orElse(java.util.List.of()).stream())
                .toList();
    }

    @PostMapping("/people")
    String create(
            @RequestParam String fullName,
            @RequestParam(defaultValue = "ACTIVIST") PersonKind kind,
            @RequestParam(required = false) String constituencyCode,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String postalAddress,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) String tags,
            @RequestParam(required = false) Long groupId,
            RedirectAttributes redirect) {
        if (!access.canCreate(Forms.signedIn())) {
            throw Refusals.forbidden("Only administrators, officers and organisers add people.");
        }
        checkKind(Forms.signedIn(), kind, null);
        try {
            Person person = people.createFor(
                    Forms.signedIn(),
                    new PersonDraft(
                            fullName,
                            kind,
                            seats.codeOf(constituencyCode),
                            email,
                            phone,
                            postalAddress,
                            notes,
                            tags(tags)),
                    groupId);
            redirect.addFlashAttribute("notice", person.fullName() + " added.");
            return "redirect:/people/" + person.id();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/people/new";
        }
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Person person = visible(id, user);
        model.addAttribute("person", person);
        boolean record = access.canSeeRecord(user, person);
        model.addAttribute("contacts", record);
        model.addAttribute("editable", access.canChange(user, person));
        model.addAttribute("exportable", access.canExport(user, person));
        model.addAttribute("erasable", access.canErase(user) && !person.erased());
        model.addAttribute("consents", record ? people.consents(id) : java.util.Map.of());
        model.addAttribute("channels", Channel.values());
        model.addAttribute(
                "seat",
                person.constituencyCode() == null
                        ? null
                        : seats.seat(org.convener.engine.ConstituencyCode.of(person.constituencyCode()))
                                .orElse(null));
        return "people/person";
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Person person = editable(id, Forms.signedIn());
        model.addAttribute("person", person);
        model.addAttribute("constituencyName", seats.nameOf(person.constituencyCode()));
        model.addAttribute("kinds", kindsFor(Forms.signedIn(), person.kind()));
        model.addAttribute("groups", java.util.List.of());
        model.addAttribute("admin", Forms.signedIn().admin());
        return "people/edit";
    }

    @PostMapping("/people/{id}")
    String update(
            @PathVariable long id,
            @RequestParam String fullName,
            @RequestParam(defaultValue = "ACTIVIST") PersonKind kind,
            @RequestParam(required = false) String constituencyCode,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String postalAddress,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) String tags,
            RedirectAttributes redirect) {
        Person person = editable(id, Forms.signedIn());
        checkKind(Forms.signedIn(), kind, person.kind());
        try {
            people.update(
                    person.id(),
                    new PersonDraft(
                            fullName,
                            kind,
                            seats.codeOf(constituencyCode),
                            email,
                            phone,
                            postalAddress,
                            notes,
                            tags(tags)));
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/people/" + id;
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/people/" + id + "/edit";
        }
    }

    @PostMapping("/people/{id}/consent")
    String consent(
            @PathVariable long id,
            @RequestParam Channel channel,
            @RequestParam boolean granted,
            @RequestParam String method,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Person person = editable(id, user);
        try {
            people.recordConsent(person.id(), channel, granted, method);
            redirect.addFlashAttribute(
                    "notice", channel.label() + " consent " + (granted ? "recorded." : "withdrawal recorded."));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
        }
        return "redirect:/people/" + id;
    }

    /** A subject access request: everything held about the person, as JSON. */
    @GetMapping("/people/{id}/export")
    ResponseEntity<String> export(@PathVariable long id) throws Exception {
        CurrentUser user = Forms.signedIn();
        Person person = visible(id, user);
        if (!access.canExport(user, person)) {
            throw Refusals.forbidden("Only administrators and the person themself can export a record.");
        }
        String body = json.writeValueAsString(dataProtection.export(id));
        // who read a whole record, and when, is itself kept
        audit.record(
                "exported",
                "person",
                id,
                AuditLog.person(id),
                null,
                java.util.Map.of("what", "subject access export", "bytes", body.length()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"person-" + id + ".json\"")
                .body(body);
    }

    @PostMapping("/people/{id}/erase")
    String erase(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        if (!access.canErase(user)) {
            throw Refusals.forbidden("Only administrators erase people.");
        }
        Person person = people.find(id).orElseThrow(() -> Refusals.notFound("No such person."));
        if (confirm == null || !confirm.strip().equalsIgnoreCase("erase")) {
            redirect.addFlashAttribute(
                    "error",
                    confirm == null || confirm.isBlank()
                            ? "Nothing was erased: type the word erase in the box to confirm, then press Erase again."
                            : "Nothing was erased: the box must say erase, and it said something else."
                                    + " Type the word erase to confirm, then press Erase again.");
            return "redirect:/people/" + id;
        }
        dataProtection.erase(person.id());
        redirect.addFlashAttribute("notice", "Erased. Memberships remain as anonymous counts.");
        return "redirect:/people/" + id;
    }

    /**
     * MPs come from the Members list and stakeholders from the stakeholders page; only an
     * administrator makes or unmakes either here, since each kind changes who may see the record.
     */
    private static PersonKind[] kindsFor(CurrentUser user, PersonKind current) {
        if (user.admin()) {
            return PersonKind.values();
        }
        if (current == PersonKind.MP || current == PersonKind.STAKEHOLDER) {
            return new PersonKind[] {current};
        }
        return new PersonKind[] {PersonKind.ACTIVIST, PersonKind.STAFF, PersonKind.OTHER};
    }

    private static void checkKind(CurrentUser user, PersonKind wanted, PersonKind current) {
        if (user.admin() || wanted == current) {
            return;
        }
        if (wanted == PersonKind.MP
                || wanted == PersonKind.STAKEHOLDER
                || current == PersonKind.MP
                || current == PersonKind.STAKEHOLDER) {
            throw Refusals.forbidden("Only administrators record someone as an MP or a stakeholder, or change that.");
        }
    }

    private Person visible(long id, CurrentUser user) {
        Person person = people.find(id).orElseThrow(() -> Refusals.notFound("No such person."));
        if (!access.canView(user, person)) {
            throw Refusals.forbidden("You do not have access to this person's record.");
        }
        return person;
    }

    private Person editable(long id, CurrentUser user) {
        Person person = visible(id, user);
        if (!access.canChange(user, person)) {
            throw Refusals.forbidden("You cannot change this person's record.");
        }
        return person;
    }

    private static java.util.Set<String> tags(String text) {
        return text == null ? java.util.Set.of() : new LinkedHashSet<>(Arrays.asList(text.split(",")));
    }
}
