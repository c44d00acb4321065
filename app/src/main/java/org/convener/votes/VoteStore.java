package org.convener.votes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the divisions and votes, one source per division, and keeps the free-vote marks. */
@Repository
class VoteStore {

    /** Each division once, from the preferred source when two hold it. */
    private static final String CHOSEN = """
            with chosen as (
                select distinct on (division_id) * from votes.division
                order by division_id, case source when 'COMMONS_VOTES' then 0 else 1 end)
            """;

    private final JdbcClient jdbc;

    VoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Division> divisions() {
        return jdbc.sql(CHOSEN + """
                        select c.*,
                            (select count(*) from votes.vote v where v.source = c.source and v.division_id = c.division_id
                                and not v.teller and v.lobby in ('AYE', 'BOTH')) as counted_ayes,
                            (select count(*) from votes.vote v where v.source = c.source and v.division_id = c.division_id
                                and not v.teller and v.lobby in ('NO', 'BOTH')) as counted_noes
                        from chosen c order by held_on, number, division_id
                        """)
                .query((rs, row) -> new Division(
                        rs.getInt("division_id"),
                        rs.getDate("held_on").toLocalDate(),
                        rs.getInt("number"),
                        rs.getString("title"),
                        rs.getInt("official_ayes"),
                        rs.getInt("official_noes"),
                        rs.getBoolean("deferred"),
                        rs.getString("list_title"),
                        Source.valueOf(rs.getString("source")),
                        rs.getInt("counted_ayes"),
                        rs.getInt("counted_noes"),
                        false))
                .list();
    }

    List<MpVote> votes() {
        return jdbc.sql(CHOSEN + """
                        select v.division_id, v.member_id, v.party, v.lobby, v.teller from votes.vote v
                        join chosen c on c.source = v.source and c.division_id = v.division_id
                        """)
                .query((rs, row) -> new MpVote(
                        rs.getInt("division_id"),
                        rs.getInt("member_id"),
                        rs.getString("party"),
                        Lobby.valueOf(rs.getString("lobby")),
                        rs.getBoolean("teller")))
                .list();
    }

    /** Each MP's name as the preferred source gives it. */
    Map<Integer, String> names() {
        var names = new HashMap<Integer, String>();
        jdbc.sql("""
                        select distinct on (member_id) member_id, name from votes.member
                        order by member_id, case source when 'COMMONS_VOTES' then 0 else 1 end
                        """).query(rs -> {
            names.put(rs.getInt("member_id"), rs.getString("name"));
        });
        return names;
    }

    Set<Integer> freeVotes() {
        return new HashSet<>(jdbc.sql("select division_id from votes.free_vote")
                .query(Integer.class)
                .list());
    }

    /** @return whether the mark is new */
    boolean markFree(int divisionId, String note, Instant at) {
        return jdbc.sql("""
                        insert into votes.free_vote (division_id, marked_at, note) values (?, ?, ?)
                        on conflict (division_id) do nothing
                        """).params(divisionId, Timestamp.from(at), note).update() > 0;
    }

    /** @return the removed mark's note (blank when it had none); empty when there was no mark */
    List<String> unmarkFree(int divisionId) {
        var notes = new ArrayList<String>();
        jdbc.sql("delete from votes.free_vote where division_id = ? returning coalesce(note, '')")
                .param(divisionId)
                .query(rs -> {
                    notes.add(rs.getString(1));
                });
        return notes;
    }
}
