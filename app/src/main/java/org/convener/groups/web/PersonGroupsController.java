package org.convener.groups.web;

import java.util.HashMap;
import org.convener.groups.Groups;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.CurrentUser;
import org.convener.platform.Forms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A person's groups and posts, loaded into their page. */
@Controller
class PersonGroupsController {

    private final Groups groups;
    private final People people;

    PersonGroupsController(Groups groups, People people) {
        this.groups = groups;
        this.people = people;
    }

    @GetMapping("/people/{id}/groups")
    String groupsOf(@PathVariable long id, Model model) {
        CurrentUser user = Forms.signedIn();
        Person person =
                people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such person."));
        if (!people.canView(user, person)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "You do not have access to this person's record.");
        }
        var names = new HashMap<Long, org.convener.groups.Group>();
        groups.all().forEach(g -> names.put(g.id(), g));
        // memberships of groups the viewer cannot see stay hidden, except from the person themself and administrators
        var memberships = groups.membershipsOf(id).stream()
                .filter(m -> user.admin() || user.isPerson(id) || groups.canView(user, m.groupId()))
                .toList();
        var posts = new java.util.ArrayList<String[]>();
        for (var group : groups.all()) {
            if (!(user.admin() || user.isPerson(id) || groups.canView(user, group.id()))) {
                continue;
            }
            for (var post : groups.posts(group.id())) {
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
        model.addAttribute("memberships", memberships);
        model.addAttribute("groups", names);
        model.addAttribute("posts", posts);
        return "groups/person-groups";
    }
}
