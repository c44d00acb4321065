package org.convener.ballots;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.people.PersonRecords;
import org.springframework.stereotype.Component;

/**
 * What the ballots module holds about a person, for a subject access request: nominations they
 * made, received or seconded, questions they sent in, and the contests they voted in (that they
 * voted, never how: that is not known to anyone). On erasure their statements and questions are
 * blanked and an endorsement of them no longer names them; that they voted stays, anonymous. A
 * published count is a public record of the contest and keeps the names on its ballot paper.
 */
@Component
class BallotRecords implements PersonRecords {

    private final BallotStore store;

    BallotRecords(BallotStore store) {
        this.store = store;
    }

    @Override
    public Map<String, Object> about(long personId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("nominations", store.rowsAbout("""
                select c.title as contest, n.statement, n.nominated_at, n.accepted_at,
                    case when n.candidate_id = :person then 'candidate' else 'nominator' end as role
                from ballots.nomination n join ballots.contest c on c.id = n.contest_id
                where n.candidate_id = :person or n.nominated_by = :person order by n.nominated_at
                """, personId));
        data.put("seconded", store.rowsAbout("""
                select c.title as contest, s.seconded_at from ballots.seconder s
                join ballots.nomination n on n.id = s.nomination_id join ballots.contest c on c.id = n.contest_id
                where s.person_id = :person order by s.seconded_at
                """, personId));
        data.put("hustingsQuestions", store.rowsAbout("""
                select c.title as contest, q.wording, q.submitted_at from ballots.question q
                join ballots.hustings h on h.id = q.hustings_id join ballots.contest c on c.id = h.contest_id
                where q.asked_by = :person order by q.submitted_at
                """, personId));
        data.put("votedIn", store.rowsAbout("""
                select c.title as contest, v.voted_on from ballots.voter v join ballots.contest c on c.id = v.contest_id
                where v.person_id = :person order by v.voted_on
                """, personId));
        return data;
    }

    @Override
    public void erase(long personId) {
        store.erase(personId);
    }
}
