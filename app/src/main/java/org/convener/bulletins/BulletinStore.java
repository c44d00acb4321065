package org.convener.bulletins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the bulletins module's SQL: metrics and their values, bulletins, and the weekly job's runs. */
@Repository
class BulletinStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    BulletinStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- metrics

    List<Metric> metrics(long caucusId) {
        return jdbc.sql("select * from bulletins.metric where caucus_id = :caucus order by name")
                .param("caucus", caucusId)
                .query(BulletinStore::metric)
                .list();
    }

    List<Metric> metricsForSeat(String code) {
        return jdbc.sql("select * from bulletins.metric where seat_code = :code order by name")
                .param("code", code)
                .query(BulletinStore::metric)
                .list();
    }

    Optional<Metric> metric(long id) {
        return jdbc.sql("select * from bulletins.metric where id = :id")
                .param("id", id)
                .query(BulletinStore::metric)
                .optional();
    }

    boolean metricNamed(long caucusId, String name) {
        return jdbc.sql(
                        "select exists (select 1 from bulletins.metric where caucus_id = :c and lower(name) = lower(:n))")
                .param("c", caucusId)
                .param("n", name)
                .query(Boolean.class)
                .single();
    }

    long insertMetric(
            long caucusId,
            String name,
            String unit,
            String source,
            String method,
            String seatCode,
            boolean illustrative,
            Instant at) {
        return jdbc.sql("""
                        insert into bulletins.metric (caucus_id, name, unit, source, method, seat_code, illustrative, created_at)
                        values (:caucus, :name, :unit, :source, :method, :seat, :illustrative, :at) returning id
                        """)
                .param("caucus", caucusId)
                .param("name", name)
                .param("unit", unit)
                .param("source", source)
                .param("method", method)
                .param("seat", seatCode)
                .param("illustrative", illustrative)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    List<Metric.Value> values(long metricId) {
        return jdbc.sql("select * from bulletins.metric_value where metric_id = :m order by refers_to, id")
                .param("m", metricId)
                .query(BulletinStore::value)
                .list();
    }

    /** The latest value referring to a day on or before {@code day}; the last recorded wins a tie. */
    Optional<Metric.Value> valueOn(long metricId, LocalDate day) {
        return jdbc.sql("""
                        select * from bulletins.metric_value where metric_id = :m and refers_to <= :day
                        order by refers_to desc, id desc limit 1
                        """)
                .param("m", metricId)
                .param("day", day)
                .query(BulletinStore::value)
                .optional();
    }

    long insertValue(
            long metricId, LocalDate refersTo, BigDecimal value, String sourceUrl, Long accountId, Instant at) {
        return jdbc.sql("""
                        insert into bulletins.metric_value (metric_id, refers_to, value, source_url, recorded_by_id, recorded_at)
                        values (:m, :day, :value, :url, :by, :at) returning id
                        """)
                .param("m", metricId)
                .param("day", refersTo)
                .param("value", value)
                .param("url", sourceUrl)
                .param("by", accountId)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    // ---- bulletins

    List<Bulletin> bulletins(long caucusId) {
        return jdbc.sql("select * from bulletins.bulletin where caucus_id = :c order by week desc")
                .param("c", caucusId)
                .query(this::bulletin)
                .list();
    }

    Optional<Bulletin> bulletin(long caucusId, LocalDate week) {
        return jdbc.sql("select * from bulletins.bulletin where caucus_id = :c and week = :w")
                .param("c", caucusId)
                .param("w", week)
                .query(this::bulletin)
                .optional();
    }

    /** The latest bulletin before {@code week}, for last week's chances. */
    Optional<Bulletin> before(long caucusId, LocalDate week) {
        return jdbc.sql(
                        "select * from bulletins.bulletin where caucus_id = :c and week < :w order by week desc limit 1")
                .param("c", caucusId)
                .param("w", week)
                .query(this::bulletin)
                .optional();
    }

    long insertDraft(long caucusId, LocalDate week, Figures figures, boolean illustrative, Instant at) {
        return jdbc.sql("""
                        insert into bulletins.bulletin (caucus_id, week, status, figures, assembled_at, illustrative)
                        values (:c, :w, 'DRAFT', cast(:f as jsonb), :at, :illustrative) returning id
                        """)
                .param("c", caucusId)
                .param("w", week)
                .param("f", write(figures))
                .param("at", Timestamp.from(at))
                .param("illustrative", illustrative)
                .query(Long.class)
                .single();
    }

    /** Replaces a draft's figures; it goes back to draft if it was approved. */
    void reassemble(long id, Figures figures, Instant at) {
        jdbc.sql("""
                        update bulletins.bulletin set figures = cast(:f as jsonb), assembled_at = :at, status = 'DRAFT',
                            approved_at = null, approved_by_id = null
                        where id = :id
                        """)
                .param("f", write(figures))
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    void edit(long id, String intro, boolean isPublic) {
        jdbc.sql("""
                        update bulletins.bulletin set intro = :intro, public = :public, status = 'DRAFT',
                            approved_at = null, approved_by_id = null
                        where id = :id
                        """)
                .param("intro", intro)
                .param("public", isPublic)
                .param("id", id)
                .update();
    }

    void approve(long id, long accountId, Instant at) {
        jdbc.sql(
                        "update bulletins.bulletin set status = 'APPROVED', approved_by_id = :by, approved_at = :at where id = :id")
                .param("by", accountId)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    void publish(long id, Instant at) {
        jdbc.sql("update bulletins.bulletin set status = 'PUBLISHED', published_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** For the demonstration: a past week, published as it was. */
    void insertPublished(long caucusId, LocalDate week, Figures figures, String intro, Instant at) {
        jdbc.sql("""
                        insert into bulletins.bulletin (caucus_id, week, status, public, intro, figures, assembled_at,
                            approved_at, published_at, illustrative)
                        values (:c, :w, 'PUBLISHED', true, :intro, cast(:f as jsonb), :at, :at, :at, true)
                        """)
                .param("c", caucusId)
                .param("w", week)
                .param("intro", intro)
                .param("f", write(figures))
                .param("at", Timestamp.from(at))
                .update();
    }

    // ---- the weekly job's runs

    long runStarted(String job, String instance, Instant at) {
        return jdbc.sql("insert into bulletins.job_run (job, instance, started_at) values (:j, :i, :at) returning id")
                .param("j", job)
                .param("i", instance)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void runFinished(long id, boolean ok, String detail, Instant at) {
        jdbc.sql("update bulletins.job_run set finished_at = :at, outcome = :o, detail = :d where id = :id")
                .param("at", Timestamp.from(at))
                .param("o", ok ? "OK" : "FAILED")
                .param("d", detail)
                .param("id", id)
                .update();
    }

    List<JobRun> runs(int limit) {
        return jdbc.sql("select * from bulletins.job_run order by started_at desc, id desc limit :n")
                .param("n", limit)
                .query((rs, row) -> new JobRun(
                        rs.getLong("id"),
                        rs.getString("job"),
                        rs.getString("instance"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant(),
                        rs.getString("outcome"),
                        rs.getString("detail")))
                .list();
    }

    private static Metric metric(ResultSet rs, int row) throws SQLException {
        return new Metric(
                rs.getLong("id"),
                rs.getLong("caucus_id"),
                rs.getString("name"),
                rs.getString("unit"),
                rs.getString("source"),
                rs.getString("method"),
                rs.getString("seat_code"),
                rs.getBoolean("illustrative"));
    }

    private static Metric.Value value(ResultSet rs, int row) throws SQLException {
        return new Metric.Value(
                rs.getLong("id"),
                rs.getLong("metric_id"),
                rs.getDate("refers_to").toLocalDate(),
                rs.getBigDecimal("value"),
                rs.getString("source_url"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private Bulletin bulletin(ResultSet rs, int row) throws SQLException {
        Figures figures;
        try {
            figures = json.readValue(rs.getString("figures"), Figures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bulletin " + rs.getLong("id") + "'s figures cannot be read", e);
        }
        return new Bulletin(
                rs.getLong("id"),
                rs.getLong("caucus_id"),
                rs.getDate("week").toLocalDate(),
                Bulletin.Status.valueOf(rs.getString("status")),
                rs.getBoolean("public"),
                rs.getString("intro"),
                figures,
                rs.getTimestamp("assembled_at").toInstant(),
                rs.getTimestamp("approved_at") == null
                        ? null
                        : rs.getTimestamp("approved_at").toInstant(),
                rs.getTimestamp("published_at") == null
                        ? null
                        : rs.getTimestamp("published_at").toInstant(),
                rs.getBoolean("illustrative"));
    }

    private String write(Figures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
