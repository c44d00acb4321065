package org.convener.people;

import java.time.ZoneId;
import org.convener.platform.mail.MailUnsubscribed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An unsubscribe withdraws the person's email consent at once, in the same transaction, recorded
 * in their consent history and the audit log like any other withdrawal.
 */
@Component
class EmailUnsubscribes {

    private final People people;

    EmailUnsubscribes(People people) {
        this.people = people;
    }

    @EventListener
    void unsubscribed(MailUnsubscribed event) {
        var person = people.find(event.personId()).orElse(null);
        if (person == null || person.erased()) {
            return;
        }
        var current = people.consents(person.id()).get(Channel.EMAIL);
        if (current != null && !current.granted()) {
            return;
        }
        people.recordConsent(
                person.id(),
                Channel.EMAIL,
                false,
                "unsubscribed by " + event.how() + " on "
                        + event.at().atZone(ZoneId.of("Europe/London")).toLocalDate());
    }
}
