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
    private final People people;
    private final Accounts accounts;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    GroupRecords(Groups groups, People people, Accounts accounts, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.groups = groups;
        this.people = people;
        this.accounts = accounts;
        this.jdbc = jdbc;
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
            for (var post : groups.posts(group.id())) {
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
                groups.volunteersOf(personId).stream()
                        .map(v -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put(
                                    "post",
                                    groups.post(v.postId())
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
                groups.invitationsOf(personId).stream()
                        .map(i -> Map.of(
                                "group", names.getOrDefault(i.groupId(), "?"),
                                "invited", i.invitedAt().toString(),
                                "status", i.status().name().toLowerCase()))
                        .toList());
        return data;
    }

    @Override
    public java.util.Set<Long> active() {
        return new java.util.HashSet<>(jdbc.queryForList(
                "select distinct person_id from groups.membership where ended_on is null", Long.class));
    }

    @Override
    public Map<Long, java.time.LocalDate> leftOn() {
        var left = new LinkedHashMap<Long, java.time.LocalDate>();
        jdbc.query("""
                select person_id, max(ended_on) as left_on from groups.membership group by person_id
                having bool_and(ended_on is not null)
                """, rs -> {
            left.put(rs.getLong("person_id"), rs.getDate("left_on").toLocalDate());
        });
        return left;
    }

    /**
     * Before the record is emptied: a volunteer's message is theirs and an open offer is withdrawn
     * (the offer itself stays, anonymous, in the post's history); why a membership ended is about
     * them; invitations to them go; and so do uploads they made and uploads not yet committed that
     * name them, since an upload's text is exactly what erasure must not leave behind.
     */
    @Override
    public void erase(long personId) {
        jdbc.update("""
                update groups.volunteer set message = null,
                    decided_by = case when status = 'OPEN' then 'erasure' else decided_by end,
                    decided_at = case when status = 'OPEN' then now() else decided_at end,
                    status = case when status = 'OPEN' then 'WITHDRAWN' else status end
                where person_id = ?
                """, personId);
        jdbc.update("update groups.membership set end_reason = null where person_id = ?", personId);
        jdbc.update("delete from groups.invitation where person_id = ?", personId);
        accounts.forPerson(personId)
                .ifPresent(account -> jdbc.update(
                        "delete from groups.import_batch where uploaded_by = ?", AuditActor.account(account.id())));
        people.find(personId).ifPresent(person -> {
            for (String said : java.util.Arrays.asList(person.email(), person.fullName())) {
                if (said != null && !said.isBlank()) {
                    jdbc.update(
                            "delete from groups.import_batch where committed_at is null and strpos(lower(content), lower(?)) > 0",
                            said.trim());
                }
            }
        });
    }
}
