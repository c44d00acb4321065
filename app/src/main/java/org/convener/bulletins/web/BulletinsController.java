package org.convener.bulletins.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.convener.bulletins.Bulletin;
import org.convener.bulletins.Bulletins;
import org.convener.bulletins.CaucusAccess;
import org.convener.groups.Group;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A caucus's bulletins: the archive, a week's page and PDF, and the officer's draft, edit, approve and publish. */
@Controller
class BulletinsController {

    private final Bulletins bulletins;
    private final CaucusAccess caucuses;
    private final org.convener.bulletins.BulletinFiles files;

    BulletinsController(Bulletins bulletins, CaucusAccess caucuses, org.convener.bulletins.BulletinFiles files) {
        this.bulletins = bulletins;
        this.caucuses = caucuses;
        this.files = files;
    }

    @GetMapping("/bulletins/{caucus}")
    String archive(@PathVariable String caucus, Model page) {
        Group group = caucus(caucus);
        var user = CurrentUser.get();
        page.addAttribute("caucus", group);
        page.addAttribute("bulletins", bulletins.archive(group, user));
        page.addAttribute("runs", caucuses.runs(user, group.id()));
        page.addAttribute("sees", caucuses.sees(user, group.id()));
        page.addAttribute("thisWeek", Bulletins.weekOf(bulletins.today()));
        return "bulletins/archive";
    }

    @PostMapping("/bulletins/{caucus}/drafts")
    String draft(
            @PathVariable String caucus, @RequestParam(required = false) String week, RedirectAttributes redirect) {
        Group group = caucus(caucus);
        CurrentUser user = runner(group);
        LocalDate monday = Bulletins.weekOf(Forms.day(week, bulletins.today()));
        return Forms.outcome(redirect, "/bulletins/" + group.slug() + "/" + monday, () -> {
            bulletins.draft(user, group, monday);
            return "The bulletin for the week of " + org.convener.shared.Format.date(monday)
                    + " is assembled from the record as it stands now.";
        });
    }

    @GetMapping("/bulletins/{caucus}/{week}")
    String bulletin(@PathVariable String caucus, @PathVariable String week, Model page) {
        Group group = caucus(caucus);
        Bulletin bulletin = readable(group, week);
        var user = CurrentUser.get();
        page.addAttribute("caucus", group);
        page.addAttribute("bulletin", bulletin);
        page.addAttribute("runs", caucuses.runs(user, group.id()));
        page.addAttribute(
                "recipients",
                caucuses.runs(user, group.id())
                        ? bulletins.recipients(group.id()).size()
                        : 0);
        return "bulletins/bulletin";
    }

    @GetMapping("/bulletins/{caucus}/{week}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caucus, @PathVariable String week) {
        Group group = caucus(caucus);
        Bulletin bulletin = readable(group, week);
        return pdf(files.pdf(bulletin), group.slug() + "-" + bulletin.week() + ".pdf");
    }

    @PostMapping("/bulletins/{caucus}/{week}/edit")
    String edit(
            @PathVariable String caucus,
            @PathVariable String week,
            @RequestParam(required = false) String intro,
            @RequestParam(defaultValue = "false") boolean isPublic,
            RedirectAttributes redirect) {
        Group group = caucus(caucus);
        CurrentUser user = runner(group);
        Bulletin bulletin = existing(group, week);
        return Forms.outcome(redirect, bulletin.path(group.slug()), () -> {
            bulletins.edit(user, bulletin, intro, isPublic);
            return "Saved. Approve it when it is ready to go out.";
        });
    }

    @PostMapping("/bulletins/{caucus}/{week}/reassemble")
    String reassemble(@PathVariable String caucus, @PathVariable String week, RedirectAttributes redirect) {
        Group group = caucus(caucus);
        CurrentUser user = runner(group);
        Bulletin bulletin = existing(group, week);
        return Forms.outcome(redirect, bulletin.path(group.slug()), () -> {
            bulletins.draft(user, group, bulletin.week());
            return "Assembled again from the record as it stands now.";
        });
    }

    @PostMapping("/bulletins/{caucus}/{week}/approve")
    String approve(@PathVariable String caucus, @PathVariable String week, RedirectAttributes redirect) {
        Group group = caucus(caucus);
        CurrentUser user = runner(group);
        Bulletin bulletin = existing(group, week);
        return Forms.outcome(redirect, bulletin.path(group.slug()), () -> {
            bulletins.approve(user, bulletin);
            return "Approved. Publish it to put it on the record and send it to the members.";
        });
    }

    @PostMapping("/bulletins/{caucus}/{week}/publish")
    String publish(@PathVariable String caucus, @PathVariable String week, RedirectAttributes redirect) {
        Group group = caucus(caucus);
        CurrentUser user = runner(group);
        Bulletin bulletin = existing(group, week);
        return Forms.outcome(redirect, bulletin.path(group.slug()), () -> {
            int sent = bulletins.publish(user, bulletin);
            return "Published, and sent to " + sent + (sent == 1 ? " member" : " members") + " who consent to email.";
        });
    }

    @GetMapping("/groups/{caucus}/briefings.pdf")
    ResponseEntity<byte[]> caucusPacks(@PathVariable String caucus) {
        Group group = caucus(caucus);
        var user = CurrentUser.get();
        if (!caucuses.sees(user, group.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only those who may see the caucus");
        }
        return pdf(files.caucusPacks(group, user), group.slug() + "-briefing-packs.pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }

    private Group caucus(String slug) {
        return caucuses.find(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such caucus"));
    }

    private CurrentUser runner(Group caucus) {
        CurrentUser user = Forms.signedIn();
        if (!caucuses.runs(Optional.of(user), caucus.id())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only the caucus's officers and administrators");
        }
        return user;
    }

    private Bulletin existing(Group caucus, String week) {
        return bulletins
                .find(caucus, day(week))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no bulletin for that week"));
    }

    /** A bulletin the visitor may read; one they may not is as good as absent to them. */
    private Bulletin readable(Group caucus, String week) {
        Bulletin bulletin = existing(caucus, week);
        if (!bulletins.mayRead(bulletin, CurrentUser.get())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no bulletin for that week");
        }
        return bulletin;
    }

    private static LocalDate day(String week) {
        try {
            return LocalDate.parse(week);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such week");
        }
    }
}
