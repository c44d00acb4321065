package org.convener.groups.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.convener.groups.CaucusRisk;
import org.convener.groups.CaucusSeats;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Invitations;
import org.convener.groups.Membership;
import org.convener.groups.OfficerPost;
import org.convener.groups.OfficerPosts;
import org.convener.groups.Role;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.people.PersonKind;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Messages;
import org.convener.platform.Refusals;
import org.convener.polls.Projections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class GroupsController {

    private final Groups groups;
    private final OfficerPosts officerPosts;
    private final Invitations invitations;
    private final People people;
    private final PersonAccess access;
    private final CaucusRisk risk;
    private final CaucusSeats caucusSeats;
    private final org.convener.seats.SeatIntelligence seats;
    private final Projections projections;

    GroupsController(
            Groups groups,
            OfficerPosts officerPosts,
            Invitations invitations,
            People people,
            PersonAccess access,
            CaucusRisk risk,
            CaucusSeats caucusSeats,
            org.convener.seats.SeatIntelligence seats,
            Projections projections) {
        this.seats = seats;
        this.projections = projections;
        this.groups = groups;
        this.officerPosts = officerPosts;
        this.invitations = invitations;
        this.people = people;
        this.access = access;
        this.risk = risk;
        this.caucusSeats = caucusSeats;
    }

    /** The groups a user belongs to or runs; administrators see all and can add one. */
    @GetMapping("/groups")
    String list(Model model) {
        CurrentUser user = Forms.signedIn();
        var visible =
                groups.all().stream().filter(g -> groups.canView(user, g.id())).toList();
        var counts = new HashMap<Long, Integer>();
        visible.forEach(
                g -> counts.put(g.id(), groups.currentMemberships(g.id()).size()));
        model.addAttribute("groups", visible);
        model.addAttribute("counts", counts);
        model.addAttribute("admin", user.admin());
        model.addAttribute("kinds", GroupKind.values());
        return "groups/list";
    }

    @PostMapping("/groups")
    String create(
            @RequestParam GroupKind kind,
            @RequestParam String name,
            @RequestParam String slug,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String constituencies,
            RedirectAttributes redirect) {
        if (!Forms.signedIn().admin()) {
            throw Refusals.forbidden("Only administrators add groups.");
        }
        try {
            var areas = new ArrayList<Group.Area>();
            if (constituencies != null) {
                // names or codes, one per line or separated by semicolons (names may hold commas)
                for (String piece : constituencies.split("[;\\n]")) {
                    var named = piece.strip().matches("(?i)[ENSW]\\d{8}(\\s*,\\s*[ENSW]\\d{8})*")
                            ? List.of(piece.split(","))
                            : List.of(piece);
                    for (String seat : named) {
                        if (!seat.isBlank()) {
                            areas.add(new Group.Area(seats.codeOf(seat), null));
                        }
                    }
                }
            }
            Group group = groups.create(kind, name, slug.trim(), description, false, areas);
            redirect.addFlashAttribute("notice", group.name() + " created.");
            return "redirect:/groups/" + group.slug();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", Messages.sentence(e.getMessage()));
            return "redirect:/groups";
        }
    }

    @GetMapping("/groups/{slug}")
    String group(
            @PathVariable String slug,
            @RequestParam(required = false) Double reform,
            @RequestParam(required = false, defaultValue = "polls") String from,
            Model model) {
        CurrentUser user = Forms.signedIn();
        Group group = Users.viewable(groups, slug, user);
        boolean manager = groups.canManage(user, group.id());
        var all = groups.memberships(group.id());
        var current = all.stream().filter(Membership::open).toList();
        var past = all.stream().filter(m -> !m.open()).toList();
        var posts = officerPosts.posts(group.id()).stream()
                .filter(p -> p.retiredOn() == null)
                .toList();
        var ids = new HashSet<Long>();
        all.forEach(m -> ids.add(m.personId()));
        posts.forEach(p -> p.holdings().forEach(h -> ids.add(h.personId())));
        var volunteers = new HashMap<Long, List<org.convener.groups.Volunteer>>();
        for (OfficerPost post : posts) {
            var offers = officerPosts.volunteers(post.id()).stream()
                    .filter(v -> v.status() == org.convener.groups.Volunteer.Status.OPEN)
                    .toList();
            volunteers.put(post.id(), offers);
            offers.forEach(v -> ids.add(v.personId()));
        }
        var open = manager ? invitations.openInvitations(group.id()) : List.<org.convener.groups.Invitation>of();
        open.forEach(i -> ids.add(i.personId()));
        Map<Long, Person> names = new HashMap<>();
        people.findAll(ids).forEach(p -> names.put(p.id(), p));
        var seen = access.recordsSeenBy(user);
        var records = new HashSet<Long>();
        names.values().stream().filter(seen).forEach(p -> records.add(p.id()));
        // only a local group's invitations need them: people are added by name, from suggestions
        var candidates =
                manager && group.kind() != GroupKind.CAUCUS ? candidates(user, group, current) : List.<Person>of();
        CaucusRisk.Outlook outlook = null;
        if (group.kind() == GroupKind.CAUCUS) {
            if (reform != null && (reform < 0 || reform > 60)) {
                throw Refusals.badRequest("Give a Reform UK share between 0% and 60%.");
            }
            CaucusRisk.StartingPoint start;
            try {
                start = CaucusRisk.StartingPoint.ofKey(from);
            } catch (IllegalArgumentException e) {
                throw Refusals.badRequest(Messages.sentence(e.getMessage()));
            }
            outlook = risk.outlook(group, start, reform == null ? null : reform / 100)
                    .orElse(null);
        }
        model.addAttribute(
                "view",
                new GroupView(
                        group,
                        manager,
                        current,
                        manager ? past : List.of(),
                        names,
                        posts,
                        volunteers,
                        groups.growth(group.id()),
                        caucusSeats.of(group).orElse(null),
                        outlook,
                        candidates,
                        records,
                        manager ? invitable(group, current, candidates, open) : List.of(),
                        open));
        model.addAttribute("pollAge", projections.age().orElse(null));
        model.addAttribute("roles", Role.of(group.kind()));
        model.addAttribute("today", groups.today());
        var seatNames = new HashMap<String, String>();
        seats.seats().forEach(seat -> seatNames.put(seat.code(), seat.name()));
        model.addAttribute("seatNames", seatNames);
        return "groups/group";
    }

    /**
     * Whom a manager may add: people whose record they can already see and, to a caucus they run,
     * MPs (a caucus takes only MPs and staff). Groups.join applies the same rule to whatever is sent.
     */
    private List<Person> candidates(CurrentUser user, Group group, List<Membership> current) {
        var members = new HashSet<Long>();
        current.forEach(m -> members.add(m.personId()));
        var candidates = new java.util.LinkedHashMap<Long, Person>();
        people.withRecordsSeenBy(user).forEach(p -> candidates.put(p.id(), p));
        if (group.kind() == GroupKind.CAUCUS) {
            people.mps().forEach(p -> candidates.put(p.id(), p));
        }
        return candidates.values().stream()
                .filter(p -> !members.contains(p.id()))
                .filter(p -> suits(group, p))
                .sorted(java.util.Comparator.comparing(p -> p.fullName().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** Whom a manager of a local group may invite: MPs, whose record they cannot see and so cannot add. */
    private List<Person> invitable(
            Group group,
            List<Membership> current,
            List<Person> candidates,
            List<org.convener.groups.Invitation> invitations) {
        if (group.kind() == GroupKind.CAUCUS) {
            return List.of();
        }
        var excluded = new HashSet<Long>();
        current.forEach(m -> excluded.add(m.personId()));
        candidates.forEach(p -> excluded.add(p.id()));
        invitations.forEach(i -> excluded.add(i.personId()));
        return people.mps().stream().filter(p -> !excluded.contains(p.id())).toList();
    }

    private static boolean suits(Group group, Person person) {
        return group.kind() != GroupKind.CAUCUS || person.kind() == PersonKind.MP || person.kind() == PersonKind.STAFF;
    }

    /** A caucus takes MPs and staff only. */
    private void requireSuitable(Group group, long personId) {
        if (group.kind() == GroupKind.CAUCUS
                && people.find(personId).filter(p -> suits(group, p)).isEmpty()) {
            throw new IllegalArgumentException("a caucus's members are MPs and staff");
        }
    }

    @PostMapping("/groups/{slug}/members")
    String addMember(
            @PathVariable String slug,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String person,
            @RequestParam(defaultValue = "MEMBER") Role role,
            @RequestParam(required = false) String since,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Group group = Users.managed(groups, slug, user);
        return Forms.outcome(redirect, "/groups/" + group.slug(), () -> {
            long chosen = personId != null ? personId : chosenFromSuggestions(person);
            requireSuitable(group, chosen);
            groups.join(group.id(), chosen, role, Forms.day(since, groups.today()));
            return "Added " + people.find(chosen).map(Person::displayName).orElse("#" + chosen) + ".";
        });
    }

    /** A person picked in a name box from its suggestions, which end "#id" since names are not unique. */
    private static long chosenFromSuggestions(String person) {
        var number = person == null
                ? null
                : java.util.regex.Pattern.compile("#\\s*(\\d{1,18})\\s*$").matcher(person);
        if (number == null || !number.find()) {
            throw new IllegalArgumentException(
                    "choose the person from the suggestions that appear as you type their name");
        }
        return Long.parseLong(number.group(1));
    }

    @PostMapping("/groups/{slug}/members/{membershipId}/end")
    String endMembership(
            @PathVariable String slug,
            @PathVariable long membershipId,
            @RequestParam(required = false) String on,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Group group = Users.managed(groups, slug, Forms.signedIn());
        return Forms.outcome(redirect, "/groups/" + group.slug(), () -> {
            inGroup(group, membershipId);
            groups.leave(
                    membershipId,
                    Forms.day(on, groups.today()),
                    reason == null || reason.isBlank() ? null : reason.trim());
            return "Membership ended; it stays in the history.";
        });
    }

    @PostMapping("/groups/{slug}/members/{membershipId}/role")
    String changeRole(
            @PathVariable String slug,
            @PathVariable long membershipId,
            @RequestParam Role role,
            @RequestParam(required = false) String on,
            RedirectAttributes redirect) {
        Group group = Users.managed(groups, slug, Forms.signedIn());
        return Forms.outcome(redirect, "/groups/" + group.slug(), () -> {
            inGroup(group, membershipId);
            groups.changeRole(membershipId, role, Forms.day(on, groups.today()));
            return "Role changed to " + role.label().toLowerCase() + ".";
        });
    }

    @PostMapping("/groups/{slug}/posts")
    String createPost(
            @PathVariable String slug,
            @RequestParam String title,
            @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        Group group = Users.managed(groups, slug, Forms.signedIn());
        return Forms.outcome(redirect, "/groups/" + group.slug(), () -> {
            officerPosts.createPost(group.id(), title, description);
            return "Post of " + title.trim() + " added, vacant.";
        });
    }

    @PostMapping("/groups/{slug}/posts/{postId}/appoint")
    String appoint(
            @PathVariable String slug,
            @PathVariable long postId,
            @RequestParam long personId,
            @RequestParam(required = false) String on,
            RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Group group = Users.managed(groups, slug, user);
        return Forms.outcome(redirect, "/groups/" + group.slug(), () -> {
            OfficerPost post = postOf(group, postId);
            boolean member = groups.currentMemberships(group.id()).stream().anyMatch(m -> m.personId() == personId);
            if (!member) {
                requireSuitable(group, personId);
            }
            // an appointee from outside the group joins it, under the same rule as adding a member
            officerPosts.appoint(post.id(), personId, Forms.day(on, groups.today()));
            return people.find(personId).map(Person::displayName).orElse("#" + personId) + " appointed " + post.title()
                    + ".";
        });
    }

    @PostMapping("/groups/{slug}/posts/{postId}/vacate")
    String vacate(
            @PathVariable String slug,
            @PathVariable long postId,
            @RequestParam(required = false) String on,
            RedirectAttributes redirect) {
        Group group = Users.managed(groups, slug, Forms.signedIn());
        return Forms.outcome(redirect, "/groups/" + group.slug(), () -> {
            OfficerPost post = postOf(group, postId);
            officerPosts.vacate(post.id(), Forms.day(on, groups.today()));
            return "The post of " + post.title() + " is vacant.";
        });
    }

    @PostMapping("/groups/{slug}/volunteers/{volunteerId}/decline")
    String decline(@PathVariable String slug, @PathVariable long volunteerId, RedirectAttributes redirect) {
        Group group = Users.managed(groups, slug, Forms.signedIn());
        return Forms.outcome(redirect, "/groups/" + group.slug(), () -> {
            var offer = officerPosts
                    .volunteerOffer(volunteerId)
                    .filter(v -> officerPosts
                            .post(v.postId())
                            .map(p -> p.groupId() == group.id())
                            .orElse(false))
                    .orElseThrow(() -> Refusals.notFound("No such offer in " + group.name() + "."));
            officerPosts.decline(offer.id());
            return "Offer declined.";
        });
    }

    /** Invites someone the managers may not add themselves; they join if they accept. */
    @PostMapping("/groups/{slug}/invitations")
    String invite(@PathVariable String slug, @RequestParam long personId, RedirectAttributes redirect) {
        Group group = Users.managed(groups, slug, Forms.signedIn());
        return Forms.outcome(redirect, "/groups/" + group.slug(), () -> {
            requireSuitable(group, personId);
            var invitation = invitations.invite(group.id(), personId);
            return people.find(invitation.personId()).map(Person::displayName).orElse("They") + " is invited. They"
                    + " join when they accept, on their own page; until then you see only what anyone can.";
        });
    }

    @PostMapping("/groups/{slug}/invitations/{invitationId}/withdraw")
    String withdrawInvitation(@PathVariable String slug, @PathVariable long invitationId, RedirectAttributes redirect) {
        Group group = Users.managed(groups, slug, Forms.signedIn());
        var invitation = invitationOf(group, invitationId);
        return Forms.outcome(redirect, "/groups/" + group.slug(), () -> {
            invitations.close(invitation.id(), false);
            return "Invitation withdrawn.";
        });
    }

    /** The invited person accepts, signed in as themself. */
    @PostMapping("/groups/{slug}/invitations/{invitationId}/accept")
    String acceptInvitation(@PathVariable String slug, @PathVariable long invitationId, RedirectAttributes redirect) {
        var invitation = ownInvitation(slug, invitationId);
        return Forms.outcome(redirect, "/people/" + invitation.personId(), () -> {
            invitations.accept(invitation.id());
            return "You have joined "
                    + groups.find(invitation.groupId()).orElseThrow().name()
                    + ". Those who run it can now see your contact details; you can leave at any time.";
        });
    }

    @PostMapping("/groups/{slug}/invitations/{invitationId}/decline")
    String declineInvitation(@PathVariable String slug, @PathVariable long invitationId, RedirectAttributes redirect) {
        var invitation = ownInvitation(slug, invitationId);
        return Forms.outcome(redirect, "/people/" + invitation.personId(), () -> {
            invitations.close(invitation.id(), true);
            return "Invitation declined.";
        });
    }

    /** A member leaves a group of their own accord, from their own page. */
    @PostMapping("/groups/{slug}/leave")
    String leave(@PathVariable String slug, RedirectAttributes redirect) {
        CurrentUser user = Forms.signedIn();
        Group group = groups.find(slug).orElseThrow(() -> Refusals.notFound("There is no group " + slug + "."));
        var membership = user.personId() == null
                ? null
                : groups.currentMemberships(group.id()).stream()
                        .filter(m -> m.personId() == user.personId())
                        .findFirst()
                        .orElse(null);
        if (membership == null) {
            throw Refusals.forbidden("You are not a member of " + group.name() + ".");
        }
        return Forms.outcome(redirect, "/people/" + user.personId(), () -> {
            groups.leave(membership.id(), groups.today(), "left of their own accord");
            return "You have left " + group.name() + ". Its history keeps that you were a member.";
        });
    }

    private org.convener.groups.Invitation invitationOf(Group group, long invitationId) {
        return invitations
                .invitation(invitationId)
                .filter(i -> i.groupId() == group.id())
                .orElseThrow(() -> Refusals.notFound("No such invitation to " + group.name() + "."));
    }

    private org.convener.groups.Invitation ownInvitation(String slug, long invitationId) {
        CurrentUser user = Forms.signedIn();
        Group group = groups.find(slug).orElseThrow(() -> Refusals.notFound("There is no group " + slug + "."));
        var invitation = invitationOf(group, invitationId);
        if (!user.isPerson(invitation.personId())) {
            throw Refusals.forbidden("Only the person invited can answer an invitation.");
        }
        return invitation;
    }

    @GetMapping("/groups/{slug}/posts/{postId}")
    String post(@PathVariable String slug, @PathVariable long postId, Model model) {
        CurrentUser user = Forms.signedIn();
        Group group = Users.viewable(groups, slug, user);
        OfficerPost post = postOf(group, postId);
        var ids = new HashSet<Long>();
        post.holdings().forEach(h -> ids.add(h.personId()));
        var names = new HashMap<Long, String>();
        people.findAll(ids).forEach(p -> names.put(p.id(), p.displayName()));
        model.addAttribute("group", group);
        model.addAttribute("post", post);
        model.addAttribute("names", names);
        return "groups/post";
    }

    private OfficerPost postOf(Group group, long postId) {
        return officerPosts
                .post(postId)
                .filter(p -> p.groupId() == group.id())
                .orElseThrow(() -> Refusals.notFound("No such post in " + group.name() + "."));
    }

    private void inGroup(Group group, long membershipId) {
        groups.membership(membershipId)
                .filter(m -> m.groupId() == group.id())
                .orElseThrow(() -> Refusals.notFound("No such membership in " + group.name() + "."));
    }
}
