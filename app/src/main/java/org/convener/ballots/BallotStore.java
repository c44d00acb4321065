package org.convener.ballots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the ballots module's SQL. */
@Repository
class BallotStore {

    private final JdbcClient db;
    private final ObjectMapper json;

    BallotStore(JdbcClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    // ---- contests

    long insertContest(Contest c) {
        return db.sql("""
                insert into ballots.contest (group_id, kind, title, description, method, seats, ron, seconders,
                    nominations_close_at, electorate_on, opens_at, closes_at, box, illustrative, created_by, created_at)
                values (:group, :kind, :title, :description, :method, :seats, :ron, :seconders,
                    :nominationsClose, :electorateOn, :opens, :closes, :box, :illustrative, :by, :at) returning id
                """)
                .param("group", c.groupId())
                .param("kind", c.kind().name())
                .param("title", c.title())
                .param("description", c.description())
                .param("method", c.method().id())
                .param("seats", c.seats())
                .param("ron", c.ron())
                .param("seconders", c.seconders())
                .param("nominationsClose", Timestamp.from(c.nominationsCloseAt()))
                .param("electorateOn", Date.valueOf(c.electorateOn()))
                .param("opens", Timestamp.from(c.opensAt()))
                .param("closes", Timestamp.from(c.closesAt()))
                .param("box", c.box())
                .param("illustrative", c.illustrative())
                .param("by", c.createdBy())
                .param("at", Timestamp.from(c.createdAt()))
                .query(Long.class)
                .single();
    }

    Optional<Contest> contest(long id) {
        return db.sql("select * from ballots.contest where id = ?")
                .param(id)
                .query(this::contestRow)
                .optional();
    }

    /** Reads a contest and holds it for this transaction, so that only one count runs. */
    Optional<Contest> lockContest(long id) {
        return db.sql("select * from ballots.contest where id = ? for update")
                .param(id)
                .query(this::contestRow)
                .optional();
    }

    List<Contest> contests(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return db.sql("select * from ballots.contest where group_id in (:groups) order by closes_at desc, id desc")
                .param("groups", groupIds)
                .query(this::contestRow)
                .list();
    }

    /** Contests whose voting has closed and that are not counted yet. */
    List<Long> dueForCount(Instant now) {
        return db.sql("select id from ballots.contest where counted_at is null and closes_at <= ? order by id")
                .param(Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    void markCounted(long id, Instant at) {
        db.sql("update ballots.contest set counted_at = ? where id = ?")
                .param(Timestamp.from(at))
                .param(id)
                .update();
    }

    private Contest contestRow(ResultSet rs, int row) throws SQLException {
        Timestamp counted = rs.getTimestamp("counted_at");
        return new Contest(
                rs.getLong("id"),
                rs.getLong("group_id"),
                ContestKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                Method.of(rs.getString("method")),
                rs.getInt("seats"),
                rs.getBoolean("ron"),
                rs.getInt("seconders"),
                rs.getTimestamp("nominations_close_at").toInstant(),
                rs.getDate("electorate_on").toLocalDate(),
                rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(),
                rs.getObject("box", UUID.class),
                rs.getBoolean("illustrative"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                counted == null ? null : counted.toInstant());
    }

    // ---- nominations

    long insertNomination(long contestId, long candidateId, long nominatedBy, String statement, Instant at) {
        return db.sql("""
                insert into ballots.nomination (contest_id, candidate_id, nominated_by, statement, nominated_at)
                values (?, ?, ?, ?, ?) returning id
                """)
                .params(contestId, candidateId, nominatedBy, statement, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void insertSeconder(long nominationId, long personId, Instant at) {
        db.sql("insert into ballots.seconder (nomination_id, person_id, seconded_at) values (?, ?, ?)")
                .params(nominationId, personId, Timestamp.from(at))
                .update();
    }

    void accept(long nominationId, Instant at, String by, String acceptance) {
        db.sql("update ballots.nomination set accepted_at = ?, accepted_by = ?, acceptance = ? where id = ?")
                .params(Timestamp.from(at), by, acceptance, nominationId)
                .update();
    }

    /** A contest's nominations in the order made, with names from {@code names}. */
    List<Nomination> nominations(long contestId, LongFunction<String> names) {
        var seconders = new HashMap<Long, List<Long>>();
        db.sql("""
                select s.nomination_id, s.person_id from ballots.seconder s
                join ballots.nomination n on n.id = s.nomination_id where n.contest_id = ? order by s.seconded_at
                """)
                .param(contestId)
                .query((rs, row) -> seconders
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return db.sql("select * from ballots.nomination where contest_id = ? order by nominated_at, id")
                .param(contestId)
                .query((rs, row) -> {
                    Timestamp accepted = rs.getTimestamp("accepted_at");
                    return new Nomination(
                            rs.getLong("id"),
                            rs.getLong("contest_id"),
                            rs.getLong("candidate_id"),
                            names.apply(rs.getLong("candidate_id")),
                            rs.getLong("nominated_by"),
                            names.apply(rs.getLong("nominated_by")),
                            rs.getString("statement"),
                            rs.getTimestamp("nominated_at").toInstant(),
                            accepted == null ? null : accepted.toInstant(),
                            rs.getString("acceptance"),
                            seconders.getOrDefault(rs.getLong("id"), List.of()));
                })
                .list();
    }

    // ---- votes and papers

    boolean hasVoted(long contestId, long personId) {
        return db.sql("select exists (select 1 from ballots.voter where contest_id = ? and person_id = ?)")
                .params(contestId, personId)
                .query(Boolean.class)
                .single();
    }

    void insertVoter(long contestId, long personId, LocalDate on) {
        db.sql("insert into ballots.voter (contest_id, person_id, voted_on) values (?, ?, ?)")
                .params(contestId, personId, Date.valueOf(on))
                .update();
    }

    void insertSealed(long contestId, byte[] sealed) {
        db.sql("insert into ballots.sealed_paper (contest_id, sealed) values (?, ?)")
                .params(contestId, sealed)
                .update();
    }

    int voters(long contestId) {
        return db.sql("select count(*) from ballots.voter where contest_id = ?")
                .param(contestId)
                .query(Integer.class)
                .single();
    }

    List<byte[]> sealedPapers(long contestId) {
        return db.sql("select sealed from ballots.sealed_paper where contest_id = ?")
                .param(contestId)
                .query((rs, row) -> rs.getBytes(1))
                .list();
    }

    /** Writes the opened papers in the order given (the caller shuffles them). */
    void insertPapers(long contestId, List<int[]> rankings) {
        for (int[] ranking : rankings) {
            db.sql("insert into ballots.paper (contest_id, ranking) values (?, ?::integer[])")
                    .params(contestId, arrayLiteral(ranking))
                    .update();
        }
    }

    List<int[]> papers(long contestId) {
        return db.sql("select ranking from ballots.paper where contest_id = ?")
                .param(contestId)
                .query((rs, row) -> ints(rs.getArray(1)))
                .list();
    }

    void insertReceipts(long contestId, List<String> codes) {
        for (String code : codes) {
            db.sql("insert into ballots.receipt (contest_id, code) values (?, ?)")
                    .params(contestId, code)
                    .update();
        }
    }

    void insertResult(long contestId, String blt, Map<String, Object> report, long seed, Instant at) {
        try {
            db.sql(
                            "insert into ballots.result (contest_id, blt, report, seed, counted_at) values (?, ?, ?::jsonb, ?, ?)")
                    .params(contestId, blt, json.writeValueAsString(report), seed, Timestamp.from(at))
                    .update();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not store the count", e);
        }
    }

    Optional<Result> result(long contestId) {
        List<String> receipts = db.sql("select code from ballots.receipt where contest_id = ? order by code")
                .param(contestId)
                .query(String.class)
                .list();
        return db.sql("select * from ballots.result where contest_id = ?")
                .param(contestId)
                .query((rs, row) -> new Result(
                        rs.getLong("contest_id"),
                        rs.getString("blt"),
                        readJson(rs.getString("report")),
                        rs.getLong("seed"),
                        rs.getTimestamp("counted_at").toInstant(),
                        receipts))
                .optional();
    }

    // ---- endorsements

    void insertEndorsement(long groupId, long contestId, long candidateId, String name, LocalDate on) {
        db.sql("""
                insert into ballots.endorsement (group_id, contest_id, candidate_id, candidate_name, endorsed_on)
                values (?, ?, ?, ?, ?)
                """)
                .params(groupId, contestId, candidateId, name, Date.valueOf(on))
                .update();
    }

    List<Endorsement> endorsements(long groupId) {
        return db.sql("""
                select e.*, c.title from ballots.endorsement e join ballots.contest c on c.id = e.contest_id
                where e.group_id = ? order by e.endorsed_on desc, e.candidate_name
                """)
                .param(groupId)
                .query((rs, row) -> new Endorsement(
                        rs.getLong("group_id"),
                        rs.getLong("contest_id"),
                        rs.getString("title"),
                        rs.getLong("candidate_id"),
                        rs.getString("candidate_name"),
                        rs.getDate("endorsed_on").toLocalDate()))
                .list();
    }

    // ---- hustings

    long insertHustings(long contestId, Long engagementId, Instant startsAt, String place, Long chairId) {
        return db.sql("""
                insert into ballots.hustings (contest_id, engagement_id, starts_at, place, chair_id)
                values (?, ?, ?, ?, ?) returning id
                """)
                .params(contestId, engagementId, Timestamp.from(startsAt), place, chairId)
                .query(Long.class)
                .single();
    }

    Optional<Hustings.Meeting> hustings(long contestId, LongFunction<String> names) {
        return db.sql("select * from ballots.hustings where contest_id = ?")
                .param(contestId)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    long chair = rs.getLong("chair_id");
                    Long chairId = rs.wasNull() ? null : chair;
                    long engagement = rs.getLong("engagement_id");
                    Long engagementId = rs.wasNull() ? null : engagement;
                    return new Hustings.Meeting(
                            id,
                            contestId,
                            engagementId,
                            rs.getTimestamp("starts_at").toInstant(),
                            rs.getString("place"),
                            chairId,
                            chairId == null ? null : names.apply(chairId),
                            rs.getString("notes"),
                            speakers(id),
                            questions(id, names));
                })
                .optional();
    }

    private List<Long> speakers(long hustingsId) {
        return db.sql("select nomination_id from ballots.speaker where hustings_id = ? order by position")
                .param(hustingsId)
                .query(Long.class)
                .list();
    }

    void replaceSpeakers(long hustingsId, List<Long> nominationIds) {
        db.sql("delete from ballots.speaker where hustings_id = ?")
                .param(hustingsId)
                .update();
        for (int i = 0; i < nominationIds.size(); i++) {
            db.sql("insert into ballots.speaker (hustings_id, position, nomination_id) values (?, ?, ?)")
                    .params(hustingsId, i + 1, nominationIds.get(i))
                    .update();
        }
    }

    private List<Hustings.Question> questions(long hustingsId, LongFunction<String> names) {
        return db.sql(
                        "select * from ballots.question where hustings_id = ? order by chosen_as nulls last, submitted_at, id")
                .param(hustingsId)
                .query((rs, row) -> {
                    int chosenAs = rs.getInt("chosen_as");
                    Integer chosen = rs.wasNull() ? null : chosenAs;
                    return new Hustings.Question(
                            rs.getLong("id"),
                            rs.getLong("asked_by"),
                            names.apply(rs.getLong("asked_by")),
                            rs.getString("wording"),
                            rs.getTimestamp("submitted_at").toInstant(),
                            chosen);
                })
                .list();
    }

    long insertQuestion(long hustingsId, long askedBy, String wording, Instant at) {
        return db.sql(
                        "insert into ballots.question (hustings_id, asked_by, wording, submitted_at) values (?, ?, ?, ?) returning id")
                .params(hustingsId, askedBy, wording, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    int nextChoice(long hustingsId) {
        return db.sql("select coalesce(max(chosen_as), 0) + 1 from ballots.question where hustings_id = ?")
                .param(hustingsId)
                .query(Integer.class)
                .single();
    }

    int choose(long hustingsId, long questionId, Integer as) {
        return db.sql("update ballots.question set chosen_as = ? where id = ? and hustings_id = ?")
                .params(as, questionId, hustingsId)
                .update();
    }

    void updateHustingsNotes(long hustingsId, String notes) {
        db.sql("update ballots.hustings set notes = ? where id = ?")
                .params(notes, hustingsId)
                .update();
    }

    // ---- about a person, for subject access and erasure

    List<Map<String, Object>> rowsAbout(String sql, long personId) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var row : db.sql(sql).param("person", personId).query().listOfRows()) {
            var plain = new java.util.LinkedHashMap<String, Object>();
            row.forEach((k, v) -> plain.put(
                    k, v instanceof java.util.Date || v instanceof java.time.temporal.Temporal ? v.toString() : v));
            rows.add(plain);
        }
        return rows;
    }

    /** Blanks what an erased person wrote or is named by, keeping the anonymous facts. */
    void erase(long personId) {
        db.sql("update ballots.nomination set statement = 'Erased.' where candidate_id = ?")
                .param(personId)
                .update();
        db.sql("update ballots.question set wording = 'Erased.' where asked_by = ?")
                .param(personId)
                .update();
        db.sql(
                        "update ballots.endorsement set candidate_name = 'Erased person #' || candidate_id where candidate_id = ?")
                .param(personId)
                .update();
        db.sql("update ballots.hustings set chair_id = null where chair_id = ?")
                .param(personId)
                .update();
    }

    // ---- helpers

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored count does not read", e);
        }
    }

    private static String arrayLiteral(int[] ranking) {
        var s = new StringBuilder("{");
        for (int i = 0; i < ranking.length; i++) {
            s.append(i == 0 ? "" : ",").append(ranking[i]);
        }
        return s.append('}').toString();
    }

    private static int[] ints(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = ((Number) values[i]).intValue();
        }
        return out;
    }
}
