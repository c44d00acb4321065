package org.convener.groups.web;

import java.util.HashMap;
import java.util.HashSet;
import org.convener.groups.Groups;
import org.convener.groups.Invitation;
import org.convener.groups.Invitations;
import org.convener.groups.OfficerPosts;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.convener.platform.Refusals;
import org.convener.platform.accounts.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's groups and posts, loaded into their page; for the person themself, how each
 * membership was made, a way to leave, and the invitations waiting for them.
 */
@Controller
class PersonGroupsController {

    private final Groups groups;
    private final OfficerPosts officerPosts;
    private final Invitations invitations;
    private final People people;
    private final PersonAccess access;
    private final Accounts accounts;

    PersonGroupsController(
            Groups groups,
            OfficerPosts officerPosts,
            Invitations invitations,
            People people,
            PersonAccess access,
            Accounts accounts) {
        this.groups = groups;
        this.officerPosts = officerPosts;
        this.invitations = invitations;
        this.people = people;
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping("/people/{id}/groups")
    String groupsOf(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Person person = people.find(id).orElseThrow(() -> Refusals.notFound("No such person."));
        if (!access.canView(user, person)) {
            throw Refusals.forbidden("You do not have access to this person's record.");
        }
        var names = new HashMap<Long, org.convener.groups.Group>();
        groups.all().forEach(g -> names.put(g.id(), g));
        // memberships of groups the viewer cannot see stay hidden, except from the person themself and administrators
        var memberships = groups.membershipsOf(id).stream()
                .filter(m -> user.admin() || user.isPerson(id) || groups.canView(user, m.groupId()))
                .toList();
        // who made a membership is for the person, administrators and those who run the group
        var provenance = new HashSet<Long>();
        var actors = new HashMap<String, String>();
        memberships.stream()
                .filter(m -> user.admin() || user.isPerson(id) || groups.canManage(user, m.groupId()))
                .forEach(m -> {
                    provenance.add(m.id());
                    actors.computeIfAbsent(m.madeBy(), accounts::actorName);
                });
        var posts = new java.util.ArrayList<String[]>();
        for (var group : groups.all()) {
            if (!(user.admin() || user.isPerson(id) || groups.canView(user, group.id()))) {
                continue;
            }
            for (var post : officerPosts.posts(group.id())) {
                post.holdings().stream()
                        .filter(h -> h.personId() == id)
                        .forEach(h -> posts.add(new String[] {
                            group.name(),
                            group.slug(),
                            post.title(),
                            h.startedOn().toString(),
                            h.endedOn() == null ? "" : h.endedOn().toString()
                        }));
            }
        }
        boolean own = user.isPerson(id);
        model.addAttribute("memberships", memberships);
        model.addAttribute("groups", names);
        model.addAttribute("posts", posts);
        model.addAttribute("own", own);
        model.addAttribute("provenance", provenance);
        model.addAttribute("actors", actors);
        model.addAttribute(
                "invitations",
                own
                        ? invitations.invitationsOf(id).stream()
                                .filter(Invitation::open)
                                .toList()
                        : java.util.List.of());
        return "groups/person-groups";
    }
}
