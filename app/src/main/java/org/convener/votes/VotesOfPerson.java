package org.convener.votes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convener.people.PersonRecords;
import org.springframework.stereotype.Component;

/**
 * An MP's votes, for a subject access request. The division lists are Parliament's public record,
 * so erasing the MP's record leaves them as published.
 */
@Component
class VotesOfPerson implements PersonRecords {

    private final Votes votes;

    VotesOfPerson(Votes votes) {
        this.votes = votes;
    }

    @Override
    public Map<String, Object> about(long personId) {
        VoteRecord record = votes.record();
        var cast = new ArrayList<Map<String, Object>>();
        record.persons().forEach((memberId, person) -> {
            if (person == personId) {
                for (MpVote vote : record.votesOf(memberId)) {
                    Division d = record.byId().get(vote.divisionId());
                    var row = new LinkedHashMap<String, Object>();
                    row.put("division", d.id());
                    row.put("date", d.heldOn().toString());
                    row.put("title", d.title());
                    row.put("vote", vote.lobby().name().toLowerCase());
                    row.put("teller", vote.teller());
                    row.put("party", vote.party());
                    cast.add(row);
                }
            }
        });
        return Map.of("commonsVotes", List.copyOf(cast));
    }
}
