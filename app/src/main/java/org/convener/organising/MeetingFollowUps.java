package org.convener.organising;

import java.util.Optional;
import org.convener.engagements.FollowUpSources;
import org.convener.shared.Format;
import org.springframework.stereotype.Component;

/** Names the meeting an action point was agreed at, for the follow-ups page. */
@Component
class MeetingFollowUps implements FollowUpSources {

    private final MeetingStore store;

    MeetingFollowUps(MeetingStore store) {
        this.store = store;
    }

    @Override
    public String kind() {
        return Meetings.SOURCE;
    }

    @Override
    public Optional<Source> describe(long sourceId) {
        return store.find(sourceId)
                .map(m -> new Source(m.title() + ", " + Format.date(m.day()), "/meetings/" + m.id()));
    }
}
