package org.convener.votes.importing;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.convener.votes.Source;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Replaces what one source holds, in the importer's transaction. */
@Repository
class DivisionWriter {

    /** Votes go in arrays of this many rows: one statement each instead of one per row. */
    private static final int CHUNK = 10_000;

    private final JdbcTemplate jdbc;

    DivisionWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void replace(Source source, DivisionBatch batch) {
        String s = source.name();
        jdbc.update("delete from votes.division where source = ?", s);
        jdbc.update("delete from votes.member where source = ?", s);
        jdbc.batchUpdate(
                """
                insert into votes.division (source, division_id, held_on, number, title, official_ayes, official_noes,
                    deferred, list_title) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                batch.divisions().values().stream()
                        .map(d -> new Object[] {
                            s,
                            d.id(),
                            Date.valueOf(d.heldOn()),
                            d.number(),
                            d.title(),
                            d.officialAyes(),
                            d.officialNoes(),
                            d.deferred(),
                            d.listTitle()
                        })
                        .toList());
        jdbc.batchUpdate(
                "insert into votes.member (source, member_id, name) values (?, ?, ?)",
                batch.members().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new Object[] {s, e.getKey(), e.getValue()})
                        .toList());
        var votes = batch.votes();
        for (int start = 0; start < votes.size(); start += CHUNK) {
            insertVotes(s, votes.subList(start, Math.min(votes.size(), start + CHUNK)));
        }
    }

    private void insertVotes(String source, List<DivisionBatch.VoteRow> rows) {
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into votes.vote (source, division_id, member_id, party, lobby, teller)
                    select ?, * from unnest(?::integer[], ?::integer[], ?::text[], ?::text[], ?::boolean[])
                    """)) {
                insert.setString(1, source);
                insert.setArray(
                        2,
                        connection.createArrayOf(
                                "integer",
                                rows.stream()
                                        .map(DivisionBatch.VoteRow::divisionId)
                                        .toArray()));
                insert.setArray(
                        3,
                        connection.createArrayOf(
                                "integer",
                                rows.stream()
                                        .map(DivisionBatch.VoteRow::memberId)
                                        .toArray()));
                insert.setArray(
                        4,
                        connection.createArrayOf(
                                "text",
                                rows.stream().map(DivisionBatch.VoteRow::party).toArray()));
                insert.setArray(
                        5,
                        connection.createArrayOf(
                                "text", rows.stream().map(r -> r.lobby().name()).toArray()));
                insert.setArray(
                        6,
                        connection.createArrayOf(
                                "boolean",
                                rows.stream().map(DivisionBatch.VoteRow::teller).toArray()));
                return insert.executeUpdate();
            }
        });
    }
}
