package org.convener.messages;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.groups.Groups;
import org.convener.people.PersonRecords;
import org.convener.platform.mail.MailUnsubscribed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The group messages a person was sent, for their export; and their unsubscribes, recorded
 * against the copy they came from. Their address lives only in the outbox, which their erasure
 * empties.
 */
@Component
class MessageRecords implements PersonRecords {

    private final MessageStore store;
    private final Groups groups;

    MessageRecords(MessageStore store, Groups groups) {
        this.store = store;
        this.groups = groups;
    }

    @Override
    public Map<String, Object> about(long personId) {
        var names = new HashMap<Long, String>();
        groups.all().forEach(g -> names.put(g.id(), g.name()));
        return Map.of(
                "groupMessages",
                store.sentTo(personId).stream()
                        .map(row -> {
                            var entry = new LinkedHashMap<String, Object>();
                            entry.put("group", names.getOrDefault((Long) row.get("group"), "?"));
                            entry.put("subject", row.get("subject"));
                            entry.put("sentAt", String.valueOf(row.get("sentAt")));
                            entry.put(
                                    "unsubscribedAt",
                                    row.get("unsubscribedAt") == null
                                            ? null
                                            : row.get("unsubscribedAt").toString());
                            return entry;
                        })
                        .toList());
    }

    /** When they unsubscribed is theirs; that they were sent the message stays, as a count. */
    @Override
    public void erase(long personId) {
        store.forgetUnsubscribes(personId);
    }

    @EventListener
    void unsubscribed(MailUnsubscribed event) {
        store.unsubscribed(event.outboxId(), event.at());
    }
}
