package org.convener.groups.web;

import java.util.HashMap;
import java.util.HashSet;
import org.convener.engine.ConstituencyCode;
import org.convener.groups.Groups;
import org.convener.groups.OfficerPost;
import org.convener.groups.OfficerPosts;
import org.convener.groups.Vacancy;
import org.convener.people.People;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Messages;
import org.convener.platform.Refusals;
import org.convener.seats.SeatIntelligence;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The board of vacant posts across local groups, where members offer to fill them. */
@Controller
class VacanciesController {

    private final Groups groups;
    private final OfficerPosts officerPosts;
    private final People people;
    private final SeatIntelligence seats;

    VacanciesController(Groups groups, OfficerPosts officerPosts, People people, SeatIntelligence seats) {
        this.groups = groups;
        this.officerPosts = officerPosts;
        this.people = people;
        this.seats = seats;
    }

    @GetMapping("/vacancies")
    String board(@RequestParam(required = false) String region, Model model) {
        CurrentUser user = Forms.signedIn();
        var all = officerPosts.vacancies();
        var regions = new java.util.TreeMap<String, String>();
        var regionOf = new HashMap<Long, java.util.Set<String>>();
        for (Vacancy v : all) {
            var codes = new HashSet<String>();
            v.group()
                    .areas()
                    .forEach(a -> seats.seat(ConstituencyCode.of(a.constituencyCode()))
                            .ifPresent(s -> {
                                codes.add(s.constituency().region().code());
                                regions.put(
                                        s.constituency().region().code(),
                                        s.constituency().region().name());
                            }));
            regionOf.put(v.post().id(), codes);
        }
        var shown = all.stream()
                .filter(v -> region == null
                        || region.isBlank()
                        || regionOf.get(v.post().id()).contains(region))
                .toList();
        var offered = new HashSet<Long>();
        if (user.personId() != null) {
            shown.forEach(v -> v.volunteers().stream()
                    .filter(o ->
                            o.personId() == user.personId() && o.status() == org.convener.groups.Volunteer.Status.OPEN)
                    .forEach(o -> offered.add(v.post().id())));
        }
        model.addAttribute("vacancies", shown);
        model.addAttribute("regions", regions);
        model.addAttribute("region", region == null ? "" : region);
        model.addAttribute("offered", offered);
        model.addAttribute("canVolunteer", user.personId() != null);
        model.addAttribute("areaNames", areaNames(shown));
        return "groups/vacancies";
    }

    @PostMapping("/vacancies/{postId}/volunteer")
    String volunteer(
            @PathVariable long postId, @RequestParam(required = false) String message, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        if (user.personId() == null) {
            throw Refusals.forbidden("Your account is not linked to a person, so you cannot volunteer.");
        }
        OfficerPost post = officerPosts.post(postId).orElseThrow(() -> Refusals.notFound("No such post."));
        try {
            officerPosts.volunteer(post.id(), user.personId(), message);
            redirect.addFlashAttribute(
                    "notice", "Thank you: the group's organisers will see your offer for " + post.title() + ".");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
        }
        return "redirect:/vacancies";
    }

    @PostMapping("/vacancies/{postId}/withdraw")
    String withdraw(@PathVariable long postId, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        if (user.personId() == null) {
            throw Refusals.forbidden("Your account is not linked to a person.");
        }
        try {
            officerPosts.withdraw(postId, user.personId());
            redirect.addFlashAttribute("notice", "Your offer is withdrawn.");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
        }
        return "redirect:/vacancies";
    }

    private java.util.Map<String, String> areaNames(java.util.List<Vacancy> vacancies) {
        var names = new HashMap<String, String>();
        vacancies.forEach(v -> v.group()
                .areas()
                .forEach(a -> seats.seat(ConstituencyCode.of(a.constituencyCode()))
                        .ifPresent(s -> names.put(a.constituencyCode(), s.name()))));
        return names;
    }
}
