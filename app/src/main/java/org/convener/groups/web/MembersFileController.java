package org.convener.groups.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.groups.importing.MemberImports;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.platform.CsvExport;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Messages;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.imports.ImportException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members in and out as CSV, for those who run the group. */
@Controller
class MembersFileController {

    private final Groups groups;
    private final People people;
    private final PersonAccess access;
    private final MemberImports imports;
    private final AuditLog audit;

    MembersFileController(Groups groups, People people, PersonAccess access, MemberImports imports, AuditLog audit) {
        this.groups = groups;
        this.people = people;
        this.access = access;
        this.imports = imports;
        this.audit = audit;
    }

    /**
     * The current members, with contact details and consent for those whose record the user may
     * see (the others by name and role only). Each download is in the audit log.
     */
    @GetMapping("/groups/{slug}/members.csv")
    void export(@PathVariable String slug, HttpServletResponse response) throws IOException {
        CurrentUser user = Forms.signedIn();
        Group group = Users.managed(groups, slug, user);
        var members = groups.currentMemberships(group.id());
        var byId = new HashMap<Long, Person>();
        people.findAll(members.stream().map(Membership::personId).toList()).forEach(p -> byId.put(p.id(), p));
        var seen = access.recordsSeenBy(user);
        long withRecords = byId.values().stream().filter(seen).count();
        audit.record(
                "downloaded",
                "members file",
                group.id(),
                null,
                null,
                java.util.Map.of("group", group.name(), "members", members.size(), "withContactDetails", withRecords));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + group.slug() + "-members.csv\"");
        try (var csv = CsvExport.to(
                response.getOutputStream(),
                "person_id",
                "full_name",
                "email",
                "phone",
                "postal_address",
                "constituency_code",
                "tags",
                "role",
                "joined_on",
                "consent_email",
                "consent_phone",
                "consent_post")) {
            for (Membership m : members) {
                Person p = byId.get(m.personId());
                if (!seen.test(p)) {
                    csv.row(
                            m.personId(),
                            p.displayName(),
                            "",
                            "",
                            "",
                            "",
                            "",
                            m.role().name().toLowerCase(),
                            m.startedOn(),
                            "",
                            "",
                            "");
                    continue;
                }
                var consents = people.consents(m.personId());
                csv.row(
                        m.personId(),
                        p.displayName(),
                        p.email(),
                        p.phone(),
                        p.postalAddress(),
                        p.constituencyCode(),
                        String.join(";", p.tags()),
                        m.role().name().toLowerCase(),
                        m.startedOn(),
                        consent(consents, Channel.EMAIL),
                        consent(consents, Channel.PHONE),
                        consent(consents, Channel.POST));
            }
        }
    }

    @GetMapping("/groups/{slug}/import")
    String form(@PathVariable String slug, Model model) {
        Group group = Users.managed(groups, slug, Forms.signedIn());
        model.addAttribute("group", group);
        model.addAttribute("columns", MemberImports.COLUMNS);
        return "groups/import";
    }

    @PostMapping("/groups/{slug}/import")
    String upload(@PathVariable String slug, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = Forms.signedIn();
        Group group = Users.managed(groups, slug, user);
        try {
            long batch = imports.upload(group, file.getOriginalFilename(), file.getBytes());
            return "redirect:/groups/" + slug + "/import/" + batch;
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/groups/" + slug + "/import";
        }
    }

    @GetMapping("/groups/{slug}/import/{batch}")
    String preview(@PathVariable String slug, @PathVariable long batch, Model model) {
        Group group = Users.managed(groups, slug, Forms.signedIn());
        model.addAttribute(
                "preview",
                imports.preview(group, batch)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such upload.")));
        return "groups/preview";
    }

    @PostMapping("/groups/{slug}/import/{batch}")
    String commit(@PathVariable String slug, @PathVariable long batch, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Group group = Users.managed(groups, slug, user);
        try {
            int added = imports.commit(group, batch);
            redirect.addFlashAttribute("notice", added + " memberships imported.");
            return "redirect:/groups/" + slug;
        } catch (ImportException | IllegalStateException | IllegalArgumentException e) {
            redirect.addFlashAttribute(
                    "error",
                    "Nothing was imported: " + Messages.sentence(e.getMessage().split("\n")[0]));
            return "redirect:/groups/" + slug + "/import/" + batch;
        }
    }

    private static String consent(java.util.Map<Channel, org.convener.people.Consent> consents, Channel channel) {
        var c = consents.get(channel);
        return c == null ? "" : c.granted() ? "yes" : "no";
    }
}
