package org.convener.engagements;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.people.PersonRecords;
import org.convener.platform.accounts.Accounts;
import org.springframework.stereotype.Component;

/**
 * For a subject access request: the posts a stakeholder held and the caucuses keeping them, the
 * engagements a person was at, the follow-ups they owe, their calendar feed. For erasure: the posts
 * (which would name them as surely as their name), the keeping, and the feed go.
 */
@Component
class EngagementRecords implements PersonRecords {

    private final Stakeholders stakeholders;
    private final Engagements engagements;
    private final FollowUps followUps;
    private final Caucuses caucuses;
    private final Accounts accounts;
    private final StakeholderStore stakeholderStore;
    private final CalendarFeeds feeds;

    EngagementRecords(
            Stakeholders stakeholders,
            Engagements engagements,
            FollowUps followUps,
            Caucuses caucuses,
            Accounts accounts,
            StakeholderStore stakeholderStore,
            CalendarFeeds feeds) {
        this.stakeholders = stakeholders;
        this.engagements = engagements;
        this.followUps = followUps;
        this.caucuses = caucuses;
        this.accounts = accounts;
        this.stakeholderStore = stakeholderStore;
        this.feeds = feeds;
    }

    @Override
    public void erase(long personId) {
        stakeholderStore.forget(personId);
        accounts.forPerson(personId).ifPresent(account -> feeds.forget(account.id()));
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
                "keptBy",
                stakeholders.keepersOf(personId).stream()
                        .map(k -> Map.of(
                                "caucus", caucuses.name(k.caucusId()),
                                "since", k.madeAt().toString(),
                                "how", k.origin().label()))
                        .toList());
        data.put(
                "calendarFeed",
                accounts.forPerson(personId)
                        .map(a -> feeds.hasFeed(a.id()) ? "a live address" : "none")
                        .orElse("none"));
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
                followUps.owedBy(personId).stream()
                        .map(f -> Map.of("action", f.action(), "due", f.dueOn().toString()))
                        .toList());
        return data;
    }
}
