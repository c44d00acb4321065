package org.convener.groups;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.people.Origin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads groups, memberships, posts and volunteers. */
@Repository
class GroupStore {

    private final JdbcTemplate jdbc;

    GroupStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Group> groups() {
        var areas = new LinkedHashMap<Long, List<Group.Area>>();
        jdbc.query("select * from groups.group_area order by constituency_code", rs -> {
            areas.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>())
                    .add(new Group.Area(rs.getString("constituency_code"), rs.getString("branch")));
        });
        return jdbc.query(
                "select * from groups.grp order by kind, name",
                (rs, row) -> new Group(
                        rs.getLong("id"),
                        GroupKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("slug"),
                        rs.getString("description"),
                        rs.getBoolean("illustrative"),
                        rs.getTimestamp("created_at").toInstant(),
                        areas.getOrDefault(rs.getLong("id"), List.of())));
    }

    List<Membership> memberships(String where, Object... params) {
        org.springframework.jdbc.core.RowMapper<Membership> mapper = this::membership;
        return jdbc.query("select * from groups.membership " + where + " order by started_on, id", mapper, params);
    }

    Optional<Membership> membership(long id) {
        return memberships("where id = ?", id).stream().findFirst();
    }

    List<OfficerPost> posts(String where, Object... params) {
        var holdings = new LinkedHashMap<Long, List<OfficerPost.Holding>>();
        jdbc.query("select * from groups.post_holding order by started_on, id", rs -> {
            holdings.computeIfAbsent(rs.getLong("post_id"), k -> new ArrayList<>())
                    .add(new OfficerPost.Holding(
                            rs.getLong("id"),
                            rs.getLong("person_id"),
                            rs.getDate("started_on").toLocalDate(),
                            date(rs, "ended_on")));
        });
        return jdbc.query(
                "select * from groups.officer_post " + where + " order by sort_order, id",
                (rs, row) -> new OfficerPost(
                        rs.getLong("id"),
                        rs.getLong("group_id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getInt("sort_order"),
                        date(rs, "retired_on"),
                        holdings.getOrDefault(rs.getLong("id"), List.of())),
                params);
    }

    List<Volunteer> volunteers(String where, Object... params) {
        return jdbc.query(
                "select * from groups.volunteer " + where + " order by volunteered_at, id",
                (rs, row) -> new Volunteer(
                        rs.getLong("id"),
                        rs.getLong("post_id"),
                        rs.getLong("person_id"),
                        rs.getTimestamp("volunteered_at").toInstant(),
                        rs.getString("message"),
                        Volunteer.Status.valueOf(rs.getString("status")),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at") == null
                                ? null
                                : rs.getTimestamp("decided_at").toInstant()),
                params);
    }

    Map<String, Object> describe(Membership m) {
        var values = new LinkedHashMap<String, Object>();
        values.put("group", m.groupId());
        values.put("person", m.personId());
        values.put("role", m.role().name());
        values.put("startedOn", m.startedOn().toString());
        values.put("endedOn", m.endedOn() == null ? null : m.endedOn().toString());
        values.put("endReason", m.endReason());
        values.put("origin", m.origin().name());
        return values;
    }

    static Date sql(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private Membership membership(ResultSet rs, int row) throws SQLException {
        return new Membership(
                rs.getLong("id"),
                rs.getLong("group_id"),
                rs.getLong("person_id"),
                Role.valueOf(rs.getString("role")),
                rs.getDate("started_on").toLocalDate(),
                date(rs, "ended_on"),
                rs.getString("end_reason"),
                Origin.valueOf(rs.getString("origin")),
                rs.getString("made_by"),
                rs.getTimestamp("made_at") == null
                        ? null
                        : rs.getTimestamp("made_at").toInstant());
    }

    List<Invitation> invitations(String where, Object... params) {
        return jdbc.query(
                "select * from groups.invitation " + where + " order by invited_at, id",
                (rs, row) -> new Invitation(
                        rs.getLong("id"),
                        rs.getLong("group_id"),
                        rs.getLong("person_id"),
                        rs.getString("invited_by"),
                        rs.getTimestamp("invited_at").toInstant(),
                        Invitation.Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("decided_at") == null
                                ? null
                                : rs.getTimestamp("decided_at").toInstant()),
                params);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
