package org.convener.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.convener.platform.accounts.Accounts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the letters module's SQL: letters, their versions, invited caucuses, asks and signatures. */
@Repository
class LetterStore {

    private final JdbcClient db;
    // who wrote or recorded something is shown by name
    private final Accounts accounts;

    LetterStore(JdbcClient db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    // ---- letters

    List<Letter> letters(String clause, Object... params) {
        List<Long> rows = db.sql("select id from letters.letter " + clause)
                .params(params)
                .query(Long.class)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.toArray(Long[]::new);
        var versions = new HashMap<Long, List<Letter.Version>>();
        db.sql("select * from letters.version where letter_id = any(?) order by letter_id, number")
                .param(ids)
                .query(rs -> {
                    versions.computeIfAbsent(rs.getLong("letter_id"), k -> new ArrayList<>())
                            .add(new Letter.Version(
                                    rs.getInt("number"),
                                    rs.getString("title"),
                                    rs.getString("addressee"),
                                    rs.getString("body"),
                                    accounts.actorName(rs.getString("written_by")),
                                    rs.getTimestamp("written_at").toInstant()));
                });
        var invited = links(
                "select letter_id, caucus_id from letters.invitation where letter_id = any(?) order by invited_at, caucus_id",
                ids);
        var askIds =
                links("select letter_id, ask_id from letters.letter_ask where letter_id = any(?) order by ask_id", ids);
        var letters = new TreeMap<Long, Letter>();
        db.sql("select * from letters.letter where id = any(?)").param(ids).query(rs -> {
            long id = rs.getLong("id");
            letters.put(
                    id,
                    new Letter(
                            id,
                            rs.getLong("organising_caucus"),
                            LetterStatus.valueOf(rs.getString("status")),
                            rs.getBoolean("illustrative"),
                            rs.getString("created_by"),
                            rs.getTimestamp("created_at").toInstant(),
                            instant(rs, "opened_at"),
                            instant(rs, "locked_at"),
                            instant(rs, "published_at"),
                            versions.getOrDefault(id, List.of()),
                            invited.getOrDefault(id, List.of()),
                            askIds.getOrDefault(id, List.of())));
        });
        return rows.stream().map(letters::get).toList();
    }

    /** Holds a letter's row until the transaction ends, so that concurrent changes queue up. */
    void lock(long letterId) {
        db.sql("select id from letters.letter where id = ? for update")
                .param(letterId)
                .query(rs -> {});
    }

    long insertLetter(long caucusId, boolean illustrative, String by, Instant at) {
        return db.sql("""
                        insert into letters.letter (organising_caucus, status, illustrative, created_by, created_at)
                        values (?, 'DRAFT', ?, ?, ?) returning id
                        """)
                .params(caucusId, illustrative, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void insertVersion(long letterId, int number, String title, String body, String addressee, String by, Instant at) {
        db.sql("""
                        insert into letters.version (letter_id, number, title, body, addressee, written_by, written_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(letterId, number, title, body, addressee, by, Timestamp.from(at))
                .update();
    }

    /**
     * @throws IllegalArgumentException when the caucus is already invited
     */
    void insertInvitation(long letterId, long caucusId, String by, Instant at, String alreadyInvited) {
        try {
            db.sql("insert into letters.invitation (letter_id, caucus_id, invited_by, invited_at) values (?, ?, ?, ?)")
                    .params(letterId, caucusId, by, Timestamp.from(at))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException(alreadyInvited);
        }
    }

    /** Moves a letter on to a status, stamping the moment in that status's column. */
    void setStatus(long letterId, LetterStatus status, Instant at) {
        String column = switch (status) {
            case OPEN -> "opened_at";
            case LOCKED -> "locked_at";
            case PUBLISHED -> "published_at";
            default -> throw new IllegalArgumentException("a letter does not go back to " + status);
        };
        db.sql("update letters.letter set status = ?, " + column + " = ? where id = ?")
                .params(status.name(), Timestamp.from(at), letterId)
                .update();
    }

    void insertAsk(long letterId, long askId) {
        db.sql("insert into letters.letter_ask (letter_id, ask_id) values (?, ?)")
                .params(letterId, askId)
                .update();
    }

    // ---- signatures

    List<Signature> signatures(long letterId) {
        return db.sql("select * from letters.signature where letter_id = ? order by signed_at, id")
                .param(letterId)
                .query((rs, n) -> signature(rs))
                .list();
    }

    Optional<Signature> signature(long id) {
        return db.sql("select * from letters.signature where id = ?")
                .param(id)
                .query((rs, n) -> signature(rs))
                .optional();
    }

    /**
     * @throws IllegalStateException when the MP has signed already
     */
    long insertSignature(
            Letter letter,
            long personId,
            String name,
            String constituency,
            String caucuses,
            String by,
            String confirmation,
            Instant at,
            String alreadySigned) {
        try {
            return db.sql("""
                            insert into letters.signature (letter_id, person_id, signatory_name, constituency, caucuses, version,
                                signed_at, recorded_by, confirmation)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                            """)
                    .params(
                            letter.id(),
                            personId,
                            name,
                            constituency,
                            caucuses,
                            letter.current().number(),
                            Timestamp.from(at),
                            by,
                            confirmation)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException(alreadySigned);
        }
    }

    void withdrawSignature(long signatureId, String by, String note, Instant at) {
        db.sql("update letters.signature set withdrawn_at = ?, withdrawn_by = ?, withdrawal_note = ? where id = ?")
                .params(Timestamp.from(at), by, note, signatureId)
                .update();
    }

    // ---- a person's signatures, for subject access and erasure

    List<Map<String, Object>> signaturesOf(long personId) {
        return db.sql("""
                        select v.title, s.signed_at, s.withdrawn_at from letters.signature s
                        join letters.version v on v.letter_id = s.letter_id and v.number = s.version
                        where s.person_id = ? order by s.signed_at
                        """)
                .param(personId)
                .query((rs, n) -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("letter", rs.getString("title"));
                    row.put("signed", rs.getTimestamp("signed_at").toInstant().toString());
                    Instant withdrawn = instant(rs, "withdrawn_at");
                    row.put("withdrawn", withdrawn == null ? null : withdrawn.toString());
                    return (Map<String, Object>) row;
                })
                .list();
    }

    /** Takes a person's name off the letters still being drafted or circulated. */
    void eraseSignatures(long personId) {
        db.sql("""
                        update letters.signature set signatory_name = 'Erased', constituency = null, confirmation = null,
                            withdrawal_note = null, withdrawn_at = coalesce(withdrawn_at, now()),
                            withdrawn_by = coalesce(withdrawn_by, 'erasure')
                        where person_id = ? and letter_id in (select id from letters.letter where status in ('DRAFT', 'OPEN'))
                        """).param(personId).update();
    }

    // ---- rows

    private Map<Long, List<Long>> links(String sql, Long[] ids) {
        var map = new HashMap<Long, List<Long>>();
        db.sql(sql).param(ids).query(rs -> {
            map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        return map;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private Signature signature(ResultSet rs) throws SQLException {
        return new Signature(
                rs.getLong("id"),
                rs.getLong("letter_id"),
                rs.getLong("person_id"),
                rs.getString("signatory_name"),
                rs.getString("constituency"),
                rs.getString("caucuses"),
                rs.getInt("version"),
                rs.getTimestamp("signed_at").toInstant(),
                accounts.actorName(rs.getString("recorded_by")),
                rs.getString("confirmation"),
                instant(rs, "withdrawn_at"),
                accounts.actorName(rs.getString("withdrawn_by")),
                rs.getString("withdrawal_note"));
    }
}
