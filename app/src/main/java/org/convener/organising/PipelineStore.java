package org.convener.organising;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the candidate pipeline and of self-declared backgrounds. */
@Repository
class PipelineStore {

    private final JdbcClient jdbc;

    PipelineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long groupId, long personId, Office office, String aim, Stage stage, String by, Instant at) {
        return jdbc.sql("""
                insert into organising.candidate (group_id, person_id, office, aim, stage, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """)
                .params(groupId, personId, office.name(), aim, stage.name(), by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    Optional<Candidate> find(long id) {
        return jdbc.sql("select * from organising.candidate where id = ?")
                .param(id)
                .query(PipelineStore::candidate)
                .optional();
    }

    List<Candidate> ofGroup(long groupId) {
        return jdbc.sql("select * from organising.candidate where group_id = ? order by id")
                .param(groupId)
                .query(PipelineStore::candidate)
                .list();
    }

    List<Candidate> all() {
        return jdbc.sql("select * from organising.candidate order by group_id, id")
                .query(PipelineStore::candidate)
                .list();
    }

    List<Candidate> ofPerson(long personId) {
        return jdbc.sql("select * from organising.candidate where person_id = ? order by id")
                .param(personId)
                .query(PipelineStore::candidate)
                .list();
    }

    void setStage(long id, Stage stage) {
        jdbc.sql("update organising.candidate set stage = ? where id = ?")
                .params(stage.name(), id)
                .update();
    }

    void setMentor(long id, Long mentorId) {
        jdbc.sql("update organising.candidate set mentor_id = ? where id = ?")
                .params(mentorId, id)
                .update();
    }

    void insertMove(long candidateId, Candidate.Move move, String by, Instant at) {
        jdbc.sql("""
                insert into organising.candidate_move (candidate_id, from_stage, to_stage, on_date, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        candidateId,
                        move.from() == null ? null : move.from().name(),
                        move.to().name(),
                        Date.valueOf(move.on()),
                        move.reason(),
                        by,
                        Timestamp.from(at))
                .update();
    }

    List<Candidate.Recorded> moves(long candidateId) {
        return jdbc.sql("select * from organising.candidate_move where candidate_id = ? order by id")
                .param(candidateId)
                .query((rs, n) -> new Candidate.Recorded(
                        rs.getLong("id"),
                        rs.getString("from_stage") == null ? null : Stage.valueOf(rs.getString("from_stage")),
                        Stage.valueOf(rs.getString("to_stage")),
                        rs.getDate("on_date").toLocalDate(),
                        rs.getString("reason"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    // ---- plan, training, support

    void insertStep(long candidateId, String title, LocalDate dueOn, String by, Instant at) {
        jdbc.sql(
                        "insert into organising.plan_step (candidate_id, title, due_on, created_by, created_at) values (?, ?, ?, ?, ?)")
                .params(candidateId, title, Date.valueOf(dueOn), by, Timestamp.from(at))
                .update();
    }

    Optional<Long> stepCandidate(long stepId) {
        return jdbc.sql("select candidate_id from organising.plan_step where id = ?")
                .param(stepId)
                .query(Long.class)
                .optional();
    }

    void stepDone(long stepId, LocalDate on) {
        jdbc.sql("update organising.plan_step set done_on = ? where id = ?")
                .params(Date.valueOf(on), stepId)
                .update();
    }

    List<Candidate.PlanStep> plan(long candidateId) {
        return jdbc.sql("select * from organising.plan_step where candidate_id = ? order by due_on, id")
                .param(candidateId)
                .query((rs, n) -> new Candidate.PlanStep(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getDate("done_on") == null
                                ? null
                                : rs.getDate("done_on").toLocalDate()))
                .list();
    }

    void insertTraining(long candidateId, String title, LocalDate on) {
        jdbc.sql("insert into organising.outside_training (candidate_id, title, completed_on) values (?, ?, ?)")
                .params(candidateId, title, Date.valueOf(on))
                .update();
    }

    List<Candidate.Training> training(long candidateId) {
        return jdbc.sql("select * from organising.outside_training where candidate_id = ? order by completed_on, id")
                .param(candidateId)
                .query((rs, n) -> new Candidate.Training(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getDate("completed_on").toLocalDate()))
                .list();
    }

    void insertNeed(long candidateId, SupportKind kind, String detail, Instant at) {
        jdbc.sql("insert into organising.support_need (candidate_id, kind, detail, created_at) values (?, ?, ?, ?)")
                .params(candidateId, kind.name(), detail, Timestamp.from(at))
                .update();
    }

    Optional<Long> needCandidate(long needId) {
        return jdbc.sql("select candidate_id from organising.support_need where id = ? and met_on is null")
                .param(needId)
                .query(Long.class)
                .optional();
    }

    void needMet(long needId, LocalDate on) {
        jdbc.sql("update organising.support_need set met_on = ? where id = ?")
                .params(Date.valueOf(on), needId)
                .update();
    }

    List<Candidate.SupportNeed> support(long candidateId) {
        return jdbc.sql("select * from organising.support_need where candidate_id = ? order by id")
                .param(candidateId)
                .query((rs, n) -> new Candidate.SupportNeed(
                        rs.getLong("id"),
                        SupportKind.valueOf(rs.getString("kind")),
                        rs.getString("detail"),
                        rs.getDate("met_on") == null
                                ? null
                                : rs.getDate("met_on").toLocalDate()))
                .list();
    }

    // ---- backgrounds

    Optional<Background> background(long personId) {
        return jdbc.sql("select * from organising.background where person_id = ?")
                .param(personId)
                .query((rs, n) -> new Background(
                        rs.getLong("person_id"),
                        rs.getString("working_class"),
                        rs.getObject("free_school_meals", Boolean.class),
                        rs.getObject("first_generation", Boolean.class),
                        rs.getString("occupation"),
                        rs.getString("trade_union"),
                        rs.getString("in_own_words"),
                        rs.getString("consent_wording"),
                        rs.getTimestamp("consented_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    void saveBackground(Background b) {
        jdbc.sql("""
                insert into organising.background (person_id, working_class, free_school_meals, first_generation, occupation,
                    trade_union, in_own_words, consent_wording, consented_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (person_id) do update set working_class = excluded.working_class,
                    free_school_meals = excluded.free_school_meals, first_generation = excluded.first_generation,
                    occupation = excluded.occupation, trade_union = excluded.trade_union,
                    in_own_words = excluded.in_own_words, consent_wording = excluded.consent_wording,
                    updated_at = excluded.updated_at
                """)
                .params(
                        b.personId(),
                        b.workingClass(),
                        b.freeSchoolMeals(),
                        b.firstGeneration(),
                        b.occupation(),
                        b.tradeUnion(),
                        b.inOwnWords(),
                        b.consentWording(),
                        Timestamp.from(b.consentedAt()),
                        Timestamp.from(b.updatedAt()))
                .update();
    }

    int deleteBackground(long personId) {
        return jdbc.sql("delete from organising.background where person_id = ?")
                .param(personId)
                .update();
    }

    // ---- erasure: what a candidacy says about the person goes; that they were in the pipeline stays

    void eraseCandidacies(long personId) {
        jdbc.sql("update organising.candidate set aim = null where person_id = ?")
                .param(personId)
                .update();
        jdbc.sql(
                        "delete from organising.plan_step where candidate_id in (select id from organising.candidate where person_id = ?)")
                .param(personId)
                .update();
        jdbc.sql(
                        "delete from organising.outside_training where candidate_id in (select id from organising.candidate where person_id = ?)")
                .param(personId)
                .update();
        jdbc.sql(
                        "delete from organising.support_need where candidate_id in (select id from organising.candidate where person_id = ?)")
                .param(personId)
                .update();
        jdbc.sql(
                        "update organising.candidate_move set reason = 'erased' where candidate_id in (select id from organising.candidate where person_id = ?)")
                .param(personId)
                .update();
        jdbc.sql("update organising.candidate set mentor_id = null where mentor_id = ?")
                .param(personId)
                .update();
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(
                rs.getLong("id"),
                rs.getLong("group_id"),
                rs.getLong("person_id"),
                Office.valueOf(rs.getString("office")),
                rs.getString("aim"),
                Stage.valueOf(rs.getString("stage")),
                rs.getObject("mentor_id", Long.class),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
