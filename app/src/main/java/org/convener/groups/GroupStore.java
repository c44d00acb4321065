package org.convener.groups;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.people.Origin;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the groups module's SQL but the uploads': groups, memberships, posts, volunteers and invitations. */
@Repository
class GroupStore {

    private final JdbcClient db;

    GroupStore(JdbcClient db) {
        this.db = db;
    }

    // ---- groups

    List<Group> groups() {
        var areas = new LinkedHashMap<Long, List<Group.Area>>();
        db.sql("select * from groups.group_area order by constituency_code").query(rs -> {
            areas.computeIfAbsent(rs.getLong("group_id"), k -> new ArrayList<>())
                    .add(new Group.Area(rs.getString("constituency_code"), rs.getString("branch")));
        });
        return db.sql("select * from groups.grp order by kind, name")
                .query((rs, row) -> new Group(
                        rs.getLong("id"),
                        GroupKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("slug"),
                        rs.getString("description"),
                        rs.getBoolean("illustrative"),
                        rs.getTimestamp("created_at").toInstant(),
                        areas.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /**
     * @throws IllegalArgumentException when the name or short name is taken
     */
    long insertGroup(
            GroupKind kind,
            String name,
            String slug,
            String description,
            boolean illustrative,
            List<Group.Area> areas,
            Instant at) {
        long id = unique(
                () -> db.sql("""
                                insert into groups.grp (kind, name, slug, description, illustrative, created_at)
                                values (?, ?, ?, ?, ?, ?) returning id
                                """)
                        .params(kind.name(), name, slug, description, illustrative, Timestamp.from(at))
                        .query(Long.class)
                        .single(),
                "a group with that name or short name already exists");
        for (Group.Area area : areas) {
            db.sql("insert into groups.group_area (group_id, constituency_code, branch) values (?, ?, ?)")
                    .params(id, area.constituencyCode(), area.branch())
                    .update();
        }
        return id;
    }

    // ---- memberships

    List<Membership> memberships(String where, Object... params) {
        return db.sql("select * from groups.membership " + where + " order by started_on, id")
                .params(params)
                .query((RowMapper<Membership>) this::membership)
                .list();
    }

    Optional<Membership> membership(long id) {
        return memberships("where id = ?", id).stream().findFirst();
    }

    long insertMembership(
            long groupId, long personId, Role role, LocalDate on, Origin origin, String madeBy, Instant madeAt) {
        return db.sql("""
                        insert into groups.membership (group_id, person_id, role, started_on, origin, made_by, made_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(groupId, personId, role.name(), sql(on), origin.name(), madeBy, Timestamp.from(madeAt))
                .query(Long.class)
                .single();
    }

    void saveEnd(Membership ended) {
        db.sql("update groups.membership set ended_on = ?, end_reason = ? where id = ?")
                .params(sql(ended.endedOn()), ended.endReason(), ended.id())
                .update();
    }

    /** The groups in which a person holds a post now. */
    Set<Long> groupsWithPostsHeldBy(long personId) {
        return new HashSet<>(db.sql("""
                        select p.group_id from groups.post_holding h join groups.officer_post p on p.id = h.post_id
                        where h.person_id = ? and h.ended_on is null
                        """).param(personId).query(Long.class).list());
    }

    // ---- officer posts

    List<OfficerPost> posts(String where, Object... params) {
        var holdings = new LinkedHashMap<Long, List<OfficerPost.Holding>>();
        db.sql("select * from groups.post_holding order by started_on, id").query(rs -> {
            holdings.computeIfAbsent(rs.getLong("post_id"), k -> new ArrayList<>())
                    .add(new OfficerPost.Holding(
                            rs.getLong("id"),
                            rs.getLong("person_id"),
                            rs.getDate("started_on").toLocalDate(),
                            date(rs, "ended_on")));
        });
        return db.sql("select * from groups.officer_post " + where + " order by sort_order, id")
                .params(params)
                .query((rs, row) -> new OfficerPost(
                        rs.getLong("id"),
                        rs.getLong("group_id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getInt("sort_order"),
                        date(rs, "retired_on"),
                        holdings.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /**
     * Adds a post at the end of the group's list.
     *
     * @throws IllegalArgumentException when the group already has a post of that title
     */
    long insertPost(long groupId, String title, String description, Instant at) {
        int order = db.sql("select coalesce(max(sort_order), 0) + 1 from groups.officer_post where group_id = ?")
                .param(groupId)
                .query(Integer.class)
                .single();
        return unique(
                () -> db.sql("""
                                insert into groups.officer_post (group_id, title, description, sort_order, created_at)
                                values (?, ?, ?, ?, ?) returning id
                                """)
                        .params(groupId, title, description, order, Timestamp.from(at))
                        .query(Long.class)
                        .single(),
                "the group already has a post called " + title);
    }

    long insertHolding(long postId, long personId, LocalDate on) {
        return db.sql("insert into groups.post_holding (post_id, person_id, started_on) values (?, ?, ?) returning id")
                .params(postId, personId, sql(on))
                .query(Long.class)
                .single();
    }

    void endHolding(long holdingId, LocalDate on) {
        db.sql("update groups.post_holding set ended_on = ? where id = ?")
                .params(sql(on), holdingId)
                .update();
    }

    // ---- volunteers

    List<Volunteer> volunteers(String where, Object... params) {
        return db.sql("select * from groups.volunteer " + where + " order by volunteered_at, id")
                .params(params)
                .query((rs, row) -> new Volunteer(
                        rs.getLong("id"),
                        rs.getLong("post_id"),
                        rs.getLong("person_id"),
                        rs.getTimestamp("volunteered_at").toInstant(),
                        rs.getString("message"),
                        Volunteer.Status.valueOf(rs.getString("status")),
                        rs.getString("decided_by"),
                        instant(rs, "decided_at")))
                .list();
    }

    /**
     * @throws IllegalArgumentException when the person has already offered to fill the post
     */
    long insertVolunteer(long postId, long personId, String message, Instant at) {
        return unique(
                () -> db.sql("""
                                insert into groups.volunteer (post_id, person_id, volunteered_at, message, status)
                                values (?, ?, ?, ?, 'OPEN') returning id
                                """)
                        .params(postId, personId, Timestamp.from(at), message)
                        .query(Long.class)
                        .single(),
                "you have already volunteered for this post");
    }

    /** Settles a person's open offer for a post, if they have one; says whether they had. */
    boolean settleOpenOffer(long postId, long personId, Volunteer.Status to, String by, Instant at) {
        return db.sql("""
                                update groups.volunteer set status = ?, decided_by = ?, decided_at = ?
                                where post_id = ? and person_id = ? and status = 'OPEN'
                                """)
                        .params(to.name(), by, Timestamp.from(at), postId, personId)
                        .update()
                > 0;
    }

    // ---- invitations

    List<Invitation> invitations(String where, Object... params) {
        return db.sql("select * from groups.invitation " + where + " order by invited_at, id")
                .params(params)
                .query((rs, row) -> new Invitation(
                        rs.getLong("id"),
                        rs.getLong("group_id"),
                        rs.getLong("person_id"),
                        rs.getString("invited_by"),
                        rs.getTimestamp("invited_at").toInstant(),
                        Invitation.Status.valueOf(rs.getString("status")),
                        instant(rs, "decided_at")))
                .list();
    }

    /** Reads an invitation and holds its row, so that an answer and a withdrawal at once cannot both pass. */
    Optional<Invitation> lockInvitation(long id) {
        db.sql("select id from groups.invitation where id = ? for update")
                .param(id)
                .query(rs -> {});
        return invitations("where id = ?", id).stream().findFirst();
    }

    /**
     * @throws IllegalArgumentException when the person has an open invitation already
     */
    long insertInvitation(long groupId, long personId, String by, Instant at, String alreadyInvited) {
        return unique(
                () -> db.sql("""
                                insert into groups.invitation (group_id, person_id, invited_by, invited_at, status)
                                values (?, ?, ?, ?, 'OPEN') returning id
                                """)
                        .params(groupId, personId, by, Timestamp.from(at))
                        .query(Long.class)
                        .single(),
                alreadyInvited);
    }

    void saveDecision(Invitation decided) {
        db.sql("update groups.invitation set status = ?, decided_at = ? where id = ?")
                .params(decided.status().name(), Timestamp.from(decided.decidedAt()), decided.id())
                .update();
    }

    // ---- a person's records, for retention and erasure

    Set<Long> peopleWithOpenMemberships() {
        return new HashSet<>(db.sql("select distinct person_id from groups.membership where ended_on is null")
                .query(Long.class)
                .list());
    }

    /** The day each person's last membership ended, for those who have none open. */
    Map<Long, LocalDate> leftOn() {
        var left = new LinkedHashMap<Long, LocalDate>();
        db.sql("""
                        select person_id, max(ended_on) as left_on from groups.membership group by person_id
                        having bool_and(ended_on is not null)
                        """).query(rs -> {
            left.put(rs.getLong("person_id"), rs.getDate("left_on").toLocalDate());
        });
        return left;
    }

    /**
     * Empties what a person's group records say about them: a volunteer's message, an open offer
     * (withdrawn), why their memberships ended, invitations to them, uploads they made, and
     * uploads not yet committed whose text says any of {@code said}.
     */
    void erase(long personId, Optional<String> uploader, List<String> said) {
        db.sql("""
                        update groups.volunteer set message = null,
                            decided_by = case when status = 'OPEN' then 'erasure' else decided_by end,
                            decided_at = case when status = 'OPEN' then now() else decided_at end,
                            status = case when status = 'OPEN' then 'WITHDRAWN' else status end
                        where person_id = ?
                        """).param(personId).update();
        db.sql("update groups.membership set end_reason = null where person_id = ?")
                .param(personId)
                .update();
        db.sql("delete from groups.invitation where person_id = ?")
                .param(personId)
                .update();
        uploader.ifPresent(by -> db.sql("delete from groups.import_batch where uploaded_by = ?")
                .param(by)
                .update());
        for (String words : said) {
            db.sql("""
                            delete from groups.import_batch
                            where committed_at is null and strpos(lower(content), lower(?)) > 0
                            """).param(words).update();
        }
    }

    // ---- rows

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
                instant(rs, "made_at"));
    }

    private static long unique(java.util.function.LongSupplier insert, String taken) {
        try {
            return insert.getAsLong();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException(taken);
        }
    }

    private static Date sql(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
