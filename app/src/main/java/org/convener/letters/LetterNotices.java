package org.convener.letters;

import org.convener.people.Person;
import org.convener.platform.mail.NotificationKind;
import org.convener.platform.mail.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells each eligible MP, once per letter, that a letter awaits their signature. */
@Component
public class LetterNotices {

    static final NotificationKind AWAITING = new NotificationKind(
            "letter-awaiting-signature",
            "A letter awaits your signature",
            "When an open letter that you may sign (as an MP in a caucus invited to it) opens for signatures.",
            NotificationKind.Delivery.IMMEDIATE);

    private final Letters letters;
    private final Notifications notifications;

    LetterNotices(Letters letters, Notifications notifications) {
        this.letters = letters;
        this.notifications = notifications;
    }

    @Bean
    static NotificationKind letterAwaitingNotice() {
        return AWAITING;
    }

    @EventListener
    void awaiting(LetterAwaitsSignatures event) {
        Letter letter = letters.find(event.letterId()).orElseThrow();
        for (Person mp : letters.unsigned(letter)) {
            String caucuses = String.join(
                    " and ",
                    letters.eligibility(letter, mp.id()).stream()
                            .map(org.convener.groups.Group::name)
                            .toList());
            notifications.tell(
                    AWAITING,
                    mp.id(),
                    "letter:" + letter.id(),
                    new Notifications.Notice(
                            "Please sign: " + letter.title(),
                            "The open letter “" + letter.title() + "”, to "
                                    + letter.current().addressee()
                                    + ", is open for signatures. You may sign it as a member of " + caucuses
                                    + ".\n\nRead it and sign (or not) in Convener; you sign once, and may withdraw until it is locked.",
                            "/letters/" + letter.id(),
                            null));
        }
    }

    /** How the letter's MPs were told: counts by at once, digest, never, no account. */
    public java.util.Map<String, Long> tally(long letterId) {
        return notifications.tally(AWAITING, "letter:" + letterId);
    }
}
