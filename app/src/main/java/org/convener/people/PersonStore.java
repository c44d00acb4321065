package org.convener.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the people module's SQL: people, their tags and their consent. */
@Repository
class PersonStore {

    /** A person with their tags in one row. */
    private static final String SELECT =
            "select p.*, array(select tag from people.person_tag t where t.person_id = p.id order by tag) as tags from people.person p";

    private static final RowMapper<Person> PERSON = PersonStore::person;

    private final JdbcClient db;

    PersonStore(JdbcClient db) {
        this.db = db;
    }

    // ---- reading

    Optional<Person> find(long id) {
        return db.sql(SELECT + " where id = ?").param(id).query(PERSON).optional();
    }

    Optional<Person> findByEmail(String email) {
        return people(" where lower(email) = lower(?)", email).stream().findFirst();
    }

    Optional<Person> findMp(int parliamentMemberId) {
        return people(" where parliament_member_id = ?", parliamentMemberId).stream()
                .findFirst();
    }

    List<Person> findByNameAndConstituency(String name, String constituencyCode) {
        return people(
                " where lower(full_name) = lower(?) and coalesce(constituency_code, '') = coalesce(?, '') and erased_at is null",
                name,
                constituencyCode);
    }

    /** Everyone not erased, of a kind or (with null) of any, by name. */
    List<Person> current(PersonKind kind) {
        return kind == null
                ? people(" where erased_at is null order by lower(full_name)")
                : people(" where kind = ? and erased_at is null order by lower(full_name)", kind.name());
    }

    List<Person> findAll(Collection<Long> ids) {
        return people(" where id = any(?) order by lower(full_name)", (Object) ids.toArray(new Long[0]));
    }

    /** Those retention may reach: not erased, neither MPs nor stakeholders. */
    List<Person> retainable() {
        return people(" where erased_at is null and kind not in ('MP', 'STAKEHOLDER')");
    }

    int countMps() {
        return db.sql("select count(*) from people.person where kind = 'MP'")
                .query(Integer.class)
                .single();
    }

    /**
     * What a search asks for. {@code seeing} limits it to the records a user may see (null: all);
     * the other fields are left out when null.
     *
     * @param tagWithin the records whose tags the user may search (null: all)
     * @param members the people a group's members may be (null: any)
     */
    record Query(
            Seeing seeing, String namePart, String constituency, String tag, Set<Long> tagWithin, Set<Long> members) {}

    /** Who a user may find: MPs always, themself, and those they reach. */
    record Seeing(Long self, Set<Long> reachable) {}

    /** One page of the people a query finds, by name. */
    List<Person> search(Query q, int limit, int offset) {
        var params = new ArrayList<Object>();
        String where = where(q, params);
        params.add(limit);
        params.add(offset);
        return people(where + " order by lower(full_name), id limit ? offset ?", params.toArray());
    }

    long count(Query q) {
        var params = new ArrayList<Object>();
        String where = where(q, params);
        return db.sql("select count(*) from people.person p" + where)
                .params(params.toArray())
                .query(Long.class)
                .single();
    }

    private static String where(Query q, List<Object> params) {
        var where = new ArrayList<String>();
        where.add("erased_at is null");
        if (q.seeing() != null) {
            var visible = new ArrayList<String>();
            visible.add("kind = 'MP'");
            if (q.seeing().self() != null) {
                visible.add("id = ?");
                params.add(q.seeing().self());
            }
            if (!q.seeing().reachable().isEmpty()) {
                visible.add("id = any(?)");
                params.add(q.seeing().reachable().toArray(new Long[0]));
            }
            where.add("(" + String.join(" or ", visible) + ")");
        }
        if (q.namePart() != null) {
            where.add("full_name ilike ?");
            params.add("%" + q.namePart().replace("%", "\\%") + "%");
        }
        if (q.constituency() != null) {
            where.add("constituency_code = ?");
            params.add(q.constituency());
        }
        if (q.tag() != null) {
            where.add("exists (select 1 from people.person_tag t where t.person_id = id and t.tag = ?)");
            params.add(q.tag());
            if (q.tagWithin() != null) {
                where.add("id = any(?)");
                params.add(q.tagWithin().toArray(new Long[0]));
            }
        }
        if (q.members() != null) {
            where.add("id = any(?)");
            params.add(q.members().toArray(new Long[0]));
        }
        return " where " + String.join(" and ", where);
    }

    List<String> tags(Set<Long> of) {
        return of == null
                ? db.sql("select distinct tag from people.person_tag order by tag")
                        .query(String.class)
                        .list()
                : db.sql("select distinct tag from people.person_tag where person_id = any(?) order by tag")
                        .param(of.toArray(new Long[0]))
                        .query(String.class)
                        .list();
    }

    // ---- changing

    /**
     * @throws IllegalArgumentException when someone else has the email
     */
    long insert(PersonDraft d, Integer parliamentMemberId, Instant at) {
        try {
            long id = db.sql("""
                            insert into people.person (full_name, kind, constituency_code, parliament_member_id, email, phone,
                                postal_address, notes, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                            """)
                    .params(
                            d.fullName(),
                            d.kind().name(),
                            d.constituencyCode(),
                            parliamentMemberId,
                            d.email(),
                            d.phone(),
                            d.postalAddress(),
                            d.notes(),
                            Timestamp.from(at),
                            Timestamp.from(at))
                    .query(Long.class)
                    .single();
            writeTags(id, d.tags());
            return id;
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("someone with the email " + d.email() + " is already recorded");
        }
    }

    /**
     * @throws IllegalArgumentException when someone else has the email
     */
    void update(long id, PersonDraft d, Instant at) {
        try {
            db.sql("""
                            update people.person set full_name = ?, kind = ?, constituency_code = ?, email = ?, phone = ?,
                                postal_address = ?, notes = ?, updated_at = ? where id = ?
                            """)
                    .params(
                            d.fullName(),
                            d.kind().name(),
                            d.constituencyCode(),
                            d.email(),
                            d.phone(),
                            d.postalAddress(),
                            d.notes(),
                            Timestamp.from(at),
                            id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("someone with the email " + d.email() + " is already recorded");
        }
        db.sql("delete from people.person_tag where person_id = ?").param(id).update();
        writeTags(id, d.tags());
    }

    private void writeTags(long id, Set<String> tags) {
        for (String tag : tags) {
            db.sql("insert into people.person_tag (person_id, tag) values (?, ?)")
                    .params(id, tag)
                    .update();
        }
    }

    /** Empties a record of everything personal, with its tags and consent. */
    void erase(long id, Instant at) {
        db.sql("""
                        update people.person set full_name = 'Erased', constituency_code = null, parliament_member_id = null,
                            email = null, phone = null, postal_address = null, notes = null, updated_at = ?, erased_at = ?
                        where id = ?
                        """).params(Timestamp.from(at), Timestamp.from(at), id).update();
        db.sql("delete from people.person_tag where person_id = ?").param(id).update();
        db.sql("delete from people.consent where person_id = ?").param(id).update();
    }

    // ---- consent

    void insertConsent(long id, Channel channel, boolean granted, String method, String by, Instant at) {
        db.sql("""
                        insert into people.consent (person_id, channel, granted, recorded_at, method, recorded_by)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, channel.name(), granted, Timestamp.from(at), method, by)
                .update();
    }

    /** A person's consent as recorded, oldest first, with who recorded it as the log names them. */
    List<Consent> consentHistory(long id) {
        return db.sql("select * from people.consent where person_id = ? order by id")
                .param(id)
                .query((rs, row) -> new Consent(
                        Channel.valueOf(rs.getString("channel")),
                        rs.getBoolean("granted"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("method"),
                        rs.getString("recorded_by")))
                .list();
    }

    // ---- rows

    private List<Person> people(String where, Object... params) {
        return db.sql(SELECT + where).params(params).query(PERSON).list();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        Timestamp erased = rs.getTimestamp("erased_at");
        return new Person(
                rs.getLong("id"),
                rs.getString("full_name"),
                PersonKind.valueOf(rs.getString("kind")),
                rs.getString("constituency_code"),
                (Integer) rs.getObject("parliament_member_id"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("postal_address"),
                rs.getString("notes"),
                Set.of((String[]) rs.getArray("tags").getArray()),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                erased == null ? null : erased.toInstant());
    }
}
