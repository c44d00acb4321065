package org.convener.engagements;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.engagements.Stakeholders.Keeper;
import org.convener.people.Origin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of stakeholders: the posts they hold and the caucuses keeping them. */
@Repository
class StakeholderStore {

    private static final String POSITIONS_NEWEST_FIRST = " order by coalesce(started_on, '1900-01-01') desc, id desc";

    private final JdbcClient db;

    StakeholderStore(JdbcClient db) {
        this.db = db;
    }

    // ---- keepers

    List<Keeper> keepersOf(long personId) {
        return db.sql("select * from engagements.stakeholder_keeper where person_id = ? order by made_at")
                .param(personId)
                .query((rs, n) -> keeper(rs))
                .list();
    }

    List<Keeper> keepers(Collection<Long> caucusIds) {
        return db.sql("select * from engagements.stakeholder_keeper where caucus_id = any(?)")
                .param(caucusIds.toArray(new Long[0]))
                .query((rs, n) -> keeper(rs))
                .list();
    }

    void insertKeeper(long personId, long caucusId, Origin origin, String madeBy, Instant at) {
        db.sql("insert into engagements.stakeholder_keeper (person_id, caucus_id, origin, made_by, made_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(personId, caucusId, origin.name(), madeBy, Timestamp.from(at))
                .update();
    }

    /** Deletes a person's posts and keepers: their posts would name them as surely as their name. */
    void forget(long personId) {
        db.sql("delete from engagements.position where person_id = ?")
                .param(personId)
                .update();
        db.sql("delete from engagements.stakeholder_keeper where person_id = ?")
                .param(personId)
                .update();
    }

    // ---- positions

    List<Position> positions(long personId) {
        return db.sql("select * from engagements.position where person_id = ?" + POSITIONS_NEWEST_FIRST)
                .param(personId)
                .query((rs, n) -> position(rs))
                .list();
    }

    Optional<Position> position(long positionId) {
        return db.sql("select * from engagements.position where id = ?")
                .param(positionId)
                .query((rs, n) -> position(rs))
                .optional();
    }

    /** Every post held, by the person holding it, the latest first. */
    Map<Long, List<Position>> positionsByPerson() {
        var byPerson = new LinkedHashMap<Long, List<Position>>();
        db.sql("select * from engagements.position" + POSITIONS_NEWEST_FIRST)
                .query((rs, n) -> position(rs))
                .list()
                .forEach(p -> byPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>())
                        .add(p));
        return byPerson;
    }

    long insertPosition(
            long personId,
            StakeholderCategory category,
            String organisation,
            String role,
            LocalDate from,
            LocalDate until) {
        return db.sql("insert into engagements.position (person_id, category, organisation, role, started_on, ended_on)"
                        + " values (?, ?, ?, ?, ?, ?) returning id")
                .params(personId, category.name(), organisation, role, date(from), date(until))
                .query(Long.class)
                .single();
    }

    void endPosition(long positionId, LocalDate on) {
        db.sql("update engagements.position set ended_on = ? where id = ?")
                .params(Date.valueOf(on), positionId)
                .update();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Keeper keeper(ResultSet rs) throws SQLException {
        return new Keeper(
                rs.getLong("person_id"),
                rs.getLong("caucus_id"),
                Origin.valueOf(rs.getString("origin")),
                rs.getString("made_by"),
                rs.getTimestamp("made_at").toInstant());
    }

    private static Position position(ResultSet rs) throws SQLException {
        Date from = rs.getDate("started_on");
        Date until = rs.getDate("ended_on");
        return new Position(
                rs.getLong("id"),
                rs.getLong("person_id"),
                StakeholderCategory.valueOf(rs.getString("category")),
                rs.getString("organisation"),
                rs.getString("role"),
                from == null ? null : from.toLocalDate(),
                until == null ? null : until.toLocalDate());
    }
}
