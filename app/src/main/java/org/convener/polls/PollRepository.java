package org.convener.polls;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.Party;
import org.convener.engine.Poll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PollRepository {

    /** The tidy file's columns and the parties they count for; Restore Britain and others are Oth. */
    private static final Map<String, Party> COLUMNS = Map.of(
            "lab",
            Party.LAB,
            "con",
            Party.CON,
            "ref",
            Party.RUK,
            "ld",
            Party.LD,
            "grn",
            Party.GREEN,
            "snp",
            Party.SNP,
            "pc",
            Party.PC,
            "rb",
            Party.OTH,
            "others",
            Party.OTH);

    private final JdbcClient jdbc;

    PollRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String FIELDS =
            "fieldwork_start, fieldwork_end, pollster, client, area, sample_size, lab, con, ref, ld, grn, snp, pc, rb, others, mrp, notes";

    /** Every poll: the imported file's and those entered in the product and not withdrawn. */
    List<PublishedPoll> all() {
        return jdbc.sql("select id, false as entered, null as method, null as source_url, " + FIELDS
                        + " from polls.poll union all select id, true, method, source_url, " + FIELDS
                        + " from polls.entered_poll where withdrawn_at is null"
                        + " order by fieldwork_end desc, entered desc, id")
                .query(this::map)
                .list();
    }

    /** One entered poll, withdrawn or not, with its withdrawal reason (null when it stands). */
    java.util.Optional<EnteredPoll> entered(long id) {
        return jdbc.sql("select id, true as entered, method, source_url, withdrawn_reason, " + FIELDS
                        + " from polls.entered_poll where id = :id")
                .param("id", id)
                .query((rs, row) -> new EnteredPoll(map(rs, row), rs.getString("withdrawn_reason")))
                .optional();
    }

    /** Entered polls, newest first, withdrawn ones included. */
    List<EnteredPoll> entered() {
        return jdbc.sql("select id, true as entered, method, source_url, withdrawn_reason, " + FIELDS
                        + " from polls.entered_poll order by entered_at desc, id desc")
                .query((rs, row) -> new EnteredPoll(map(rs, row), rs.getString("withdrawn_reason")))
                .list();
    }

    /**
     * Whether a poll with the same pollster, client, area, fieldwork dates, sample and shares is
     * held already, imported or entered (and not withdrawn).
     *
     * @param row start, end, pollster, client, area, sample, then the shares in {@code PollsImport.SHARES} order
     */
    boolean holds(Object[] row, Long except) {
        String same = "fieldwork_start = ? and fieldwork_end = ? and pollster = ? and client is not distinct from ?"
                + " and area = ? and sample_size is not distinct from ?"
                + " and lab is not distinct from ? and con is not distinct from ? and ref is not distinct from ?"
                + " and ld is not distinct from ? and grn is not distinct from ? and snp is not distinct from ?"
                + " and pc is not distinct from ? and rb is not distinct from ? and others is not distinct from ?";
        var params = new java.util.ArrayList<Object>();
        params.addAll(java.util.Arrays.asList(row).subList(0, 15));
        params.addAll(java.util.Arrays.asList(row).subList(0, 15));
        params.add(except == null ? -1L : except);
        return jdbc.sql("select exists (select 1 from polls.poll where " + same
                        + ") or exists (select 1 from polls.entered_poll where withdrawn_at is null and " + same
                        + " and id <> ?)")
                .params(params)
                .query(Boolean.class)
                .single();
    }

    /** Stores an entered poll; {@code row} as for {@link #holds}, then mrp and notes. */
    long insert(Object[] row, String method, String sourceUrl, long accountId, java.time.Instant at) {
        var params =
                new java.util.ArrayList<Object>(java.util.Arrays.asList(row).subList(0, 17));
        params.add(method);
        params.add(sourceUrl);
        params.add(accountId);
        params.add(java.sql.Timestamp.from(at));
        return jdbc.sql("insert into polls.entered_poll (" + FIELDS
                        + ", method, source_url, entered_by_id, entered_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(params)
                .query(Long.class)
                .single();
    }

    void update(long id, Object[] row, String method, String sourceUrl) {
        var params =
                new java.util.ArrayList<Object>(java.util.Arrays.asList(row).subList(0, 17));
        params.add(method);
        params.add(sourceUrl);
        params.add(id);
        jdbc.sql(
                        "update polls.entered_poll set (" + FIELDS + ", method, source_url)"
                                + " = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) where id = ? and withdrawn_at is null")
                .params(params)
                .update();
    }

    void withdraw(long id, String reason, java.time.Instant at) {
        jdbc.sql("update polls.entered_poll set withdrawn_at = :at, withdrawn_reason = :reason"
                        + " where id = :id and withdrawn_at is null")
                .param("at", java.sql.Timestamp.from(at))
                .param("reason", reason)
                .param("id", id)
                .update();
    }

    private PublishedPoll map(ResultSet rs, int row) throws SQLException {
        var shares = new EnumMap<Party, Double>(Party.class);
        for (var column : COLUMNS.entrySet()) {
            BigDecimal value = rs.getBigDecimal(column.getKey());
            if (value != null) {
                shares.merge(column.getValue(), value.doubleValue(), Double::sum);
            }
        }
        var poll = new Poll(
                rs.getDate("fieldwork_start").toLocalDate(),
                rs.getDate("fieldwork_end").toLocalDate(),
                rs.getString("pollster"),
                (Integer) rs.getObject("sample_size"),
                shares,
                rs.getBoolean("mrp"));
        return new PublishedPoll(
                rs.getLong("id"),
                poll,
                rs.getString("client"),
                rs.getString("notes"),
                rs.getBoolean("entered"),
                rs.getString("method"),
                rs.getString("source_url"));
    }
}
