package org.convener.seats.importing;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convener.engine.Candidacy;
import org.convener.engine.Result;
import org.convener.platform.imports.BatchInserts;
import org.convener.platform.imports.ImportProgress;
import org.convener.seats.ElectionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes elections, their contests and candidacies; the importers share it. */
@Repository
class ResultStore {

    private static final int BATCH = 500;

    private final JdbcClient db;
    private final BatchInserts inserts;

    ResultStore(JdbcClient db, BatchInserts inserts) {
        this.inserts = inserts;
        this.db = db;
    }

    /** A contest as read from a file, ready to store. */
    record ContestRow(
            String constituencyCode,
            Result result,
            Integer electorate,
            Integer invalidVotes,
            String declaredResult,
            int sourceLine,
            Set<Candidacy> sittingMps) {}

    Set<String> constituencyCodes() {
        return new HashSet<>(db.sql("select code from seats.constituency")
                .query(String.class)
                .list());
    }

    void deleteElections(ElectionKind kind) {
        db.sql("delete from seats.election where kind = ?").param(kind.name()).update();
    }

    void insertElection(String id, ElectionKind kind, java.time.LocalDate heldOn, String title) {
        db.sql("insert into seats.election (id, kind, held_on, title) values (?, ?, ?, ?)")
                .params(id, kind.name(), Date.valueOf(heldOn), title)
                .update();
    }

    void insertContests(String electionId, List<ContestRow> contests, ImportProgress progress) {
        var contestRows = new ArrayList<Object[]>();
        var candidacyRows = new ArrayList<Object[]>();
        for (ContestRow contest : contests) {
            contestRows.add(new Object[] {
                electionId,
                contest.constituencyCode(),
                contest.electorate(),
                contest.result().validVotes(),
                contest.invalidVotes(),
                contest.declaredResult(),
                contest.sourceLine()
            });
            int position = 1;
            for (Candidacy c : contest.result().candidacies()) {
                candidacyRows.add(new Object[] {
                    electionId,
                    contest.constituencyCode(),
                    position++,
                    c.party().code(),
                    c.partyName(),
                    c.candidateName(),
                    c.votes(),
                    contest.sittingMps().contains(c)
                });
            }
        }
        long total = contestRows.size() + candidacyRows.size();
        long done = 0;
        for (var batch : batches(contestRows)) {
            inserts.insert("""
                    insert into seats.contest (election_id, constituency_code, electorate, valid_votes,
                        invalid_votes, declared_result, source_line) values (?, ?, ?, ?, ?, ?, ?)
                    """, batch);
            progress.advance(done += batch.size(), total);
        }
        for (var batch : batches(candidacyRows)) {
            inserts.insert("""
                    insert into seats.candidacy (election_id, constituency_code, position, party_code,
                        party_name, candidate_name, votes, sitting_mp) values (?, ?, ?, ?, ?, ?, ?, ?)
                    """, batch);
            progress.advance(done += batch.size(), total);
        }
    }

    private static List<List<Object[]>> batches(List<Object[]> rows) {
        var batches = new ArrayList<List<Object[]>>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            batches.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return batches;
    }
}
