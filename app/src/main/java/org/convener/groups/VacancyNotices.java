package org.convener.groups;

import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.mail.NotificationKind;
import org.convener.platform.mail.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a group's organisers, in the transaction of the offer, that someone volunteered for a vacant post, with their words. */
@Component
class VacancyNotices {

    static final NotificationKind OFFER = new NotificationKind(
            "volunteer-offer",
            "Someone offers to fill a vacant post",
            "When a member volunteers for a vacant post in a group you run, with what they wrote.",
            NotificationKind.Delivery.IMMEDIATE);

    private final Groups groups;
    private final GroupManagers managers;
    private final People people;
    private final Notifications notifications;

    VacancyNotices(Groups groups, GroupManagers managers, People people, Notifications notifications) {
        this.groups = groups;
        this.managers = managers;
        this.people = people;
        this.notifications = notifications;
    }

    @Bean
    static NotificationKind volunteerOfferNotice() {
        return OFFER;
    }

    @EventListener
    void offered(VolunteerOffered event) {
        Group group = groups.find(event.groupId()).orElseThrow();
        Volunteer offer = groups.volunteerOffer(event.volunteerId()).orElseThrow();
        String post = groups.post(event.postId()).map(OfficerPost::title).orElse("a post");
        String who = people.find(event.personId()).map(Person::displayName).orElse("Someone");
        String body = who + " offered to be " + post + " of " + group.name() + "."
                + (offer.message() == null ? " They left no message." : "\n\nThey wrote: “" + offer.message() + "”")
                + "\n\nAppoint them or decline the offer on the group's page.";
        for (long organiser : managers.of(group.id())) {
            if (organiser == event.personId()) {
                continue;
            }
            notifications.tell(
                    OFFER,
                    organiser,
                    "volunteer:" + event.volunteerId(),
                    new Notifications.Notice(
                            who + " offers to be " + post, body, "/groups/" + group.slug(), event.personId()));
        }
    }
}
