package org.convener.engagements;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.people.PersonRecords;
import org.springframework.stereotype.Component;

/** For a subject access request: the posts a stakeholder held, the engagements a person was at, the follow-ups they owe. */
@Component
class EngagementRecords implements PersonRecords {

    private final Stakeholders stakeholders;
    private final Engagements engagements;

    EngagementRecords(Stakeholders stakeholders, Engagements engagements) {
        this.stakeholders = stakeholders;
        this.engagements = engagements;
    }

    @Override
    public Map<String, Object> about(long personId) {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "positions",
                stakeholders.positions(personId).stream()
                        .map(p -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("role", p.role());
                            row.put("organisation", p.organisation());
                            row.put(
                                    "from",
                                    p.startedOn() == null ? null : p.startedOn().toString());
                            row.put(
                                    "until",
                                    p.endedOn() == null ? null : p.endedOn().toString());
                            return row;
                        })
                        .toList());
        data.put(
                "engagementsAttended",
                engagements.attendedBy(personId).stream()
                        .map(e -> Map.of(
                                "title",
                                e.title(),
                                "kind",
                                e.kind().label(),
                                "at",
                                e.startsAt().toString()))
                        .toList());
        data.put(
                "followUpsOwed",
                engagements.owedBy(personId).stream()
                        .map(f -> Map.of("action", f.action(), "due", f.dueOn().toString()))
                        .toList());
        return data;
    }
}
