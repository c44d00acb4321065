package org.convener.groups;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.people.People;
import org.convener.people.PersonActivity;
import org.convener.people.PersonRecords;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.springframework.stereotype.Component;

/** A person's memberships, posts, offers to volunteer and invitations: for their data export, erasure and retention. */
@Component
class GroupRecords implements PersonRecords, PersonActivity {

    private final Groups groups;
    private final OfficerPosts officerPosts;
    private final Invitations invitations;
    private final People people;
    private final Accounts accounts;
    private final GroupStore store;

    GroupRecords(
            Groups groups,
            OfficerPosts officerPosts,
            Invitations invitations,
            People people,
            Accounts accounts,
            GroupStore store) {
        this.groups = groups;
        this.officerPosts = officerPosts;
        this.invitations = invitations;
        this.people = people;
        this.accounts = accounts;
        this.store = store;
    }

    @Override
    public Map<String, Object> about(long personId) {
        var names = new LinkedHashMap<Long, String>();
        groups.all().forEach(g -> names.put(g.id(), g.name()));
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "memberships",
                groups.membershipsOf(personId).stream()
                        .map(m -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("group", names.get(m.groupId()));
                            row.put("role", m.role().label());
                            row.put("from", m.startedOn().toString());
                            row.put(
                                    "until",
                                    m.endedOn() == null ? null : m.endedOn().toString());
                            row.put("reason", m.endReason());
                            row.put("made", m.origin().label());
                            row.put("madeBy", accounts.actorName(m.madeBy()));
                            return row;
                        })
                        .toList());
        var posts = new java.util.ArrayList<Map<String, Object>>();
        for (var group : groups.all()) {
            for (var post : officerPosts.posts(group.id())) {
                for (var holding : post.holdings()) {
                    if (holding.personId() == personId) {
                        var row = new LinkedHashMap<String, Object>();
                        row.put("group", group.name());
                        row.put("post", post.title());
                        row.put("from", holding.startedOn().toString());
                        row.put(
                                "until",
                                holding.endedOn() == null
                                        ? null
                                        : holding.endedOn().toString());
                        posts.add(row);
                    }
                }
            }
        }
        data.put("posts", posts);
        data.put(
                "volunteering",
                officerPosts.volunteersOf(personId).stream()
                        .map(v -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put(
                                    "post",
                                    officerPosts
                                            .post(v.postId())
                                            .map(OfficerPost::title)
                                            .orElse("?"));
                            row.put("offered", v.volunteeredAt().toString());
                            row.put("message", v.message());
                            row.put("status", v.status().name().toLowerCase());
                            return row;
                        })
                        .toList());
        data.put(
                "invitations",
                invitations.invitationsOf(personId).stream()
                        .map(i -> Map.of(
                                "group", names.getOrDefault(i.groupId(), "?"),
                                "invited", i.invitedAt().toString(),
                                "status", i.status().name().toLowerCase()))
                        .toList());
        return data;
    }

    @Override
    public java.util.Set<Long> active() {
        return store.peopleWithOpenMemberships();
    }

    @Override
    public Map<Long, java.time.LocalDate> leftOn() {
        return store.leftOn();
    }

    /**
     * Before the record is emptied: a volunteer's message is theirs and an open offer is withdrawn
     * (the offer itself stays, anonymous, in the post's history); why a membership ended is about
     * them; invitations to them go; and so do uploads they made and uploads not yet committed that
     * name them, since an upload's text is exactly what erasure must not leave behind.
     */
    @Override
    public void erase(long personId) {
        var said = people.find(personId).stream()
                .flatMap(person -> java.util.stream.Stream.of(person.email(), person.fullName()))
                .filter(words -> words != null && !words.isBlank())
                .map(String::trim)
                .toList();
        store.erase(personId, accounts.forPerson(personId).map(account -> AuditActor.account(account.id())), said);
    }
}
