package org.convener.people;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.platform.accounts.Invitations;
import org.convener.platform.mail.Notifications;
import org.convener.platform.mail.Outbox;
import org.springframework.stereotype.Component;

/**
 * The email a person was sent and the notifications they were given, for their export; and for
 * their erasure, the addresses and text of every message to or about them, their invitations
 * and their notifications.
 */
@Component
class MailRecords implements PersonRecords {

    private final Outbox outbox;
    private final Notifications notifications;
    private final Invitations invitations;

    MailRecords(Outbox outbox, Notifications notifications, Invitations invitations) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.invitations = invitations;
    }

    @Override
    public Map<String, Object> about(long personId) {
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "emails",
                outbox.toPerson(personId).stream()
                        .map(m -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("subject", m.subject());
                            row.put("kind", m.category().label());
                            row.put("to", m.toAddress());
                            row.put("queuedAt", m.createdAt().toString());
                            row.put("status", m.status().label());
                            row.put(
                                    "sentAt",
                                    m.sentAt() == null ? null : m.sentAt().toString());
                            row.put("reason", m.reason());
                            return row;
                        })
                        .toList());
        data.put(
                "notifications",
                notifications.recent(personId, Integer.MAX_VALUE).stream()
                        .map(n -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("at", n.at().toString());
                            row.put("subject", n.subject());
                            row.put("text", n.body());
                            row.put("delivery", n.delivery());
                            return row;
                        })
                        .toList());
        return data;
    }

    @Override
    public void erase(long personId) {
        outbox.forgetPerson(personId);
        notifications.forgetPerson(personId);
        invitations.forgetPerson(personId);
    }
}
