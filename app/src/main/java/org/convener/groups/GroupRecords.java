package org.convener.groups;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.people.PersonActivity;
import org.convener.people.PersonRecords;
import org.springframework.stereotype.Component;

/** A person's memberships, posts and offers to volunteer: for their data export, and for retention. */
@Component
class GroupRecords implements PersonRecords, PersonActivity {

    private final Groups groups;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    GroupRecords(Groups groups, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.groups = groups;
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

    /** A volunteer's message is theirs; the offer itself stays, anonymous, in the post's history. */
    @Override
    public void erase(long personId) {
        jdbc.update("update groups.volunteer set message = null where person_id = ?", personId);
    }
}
