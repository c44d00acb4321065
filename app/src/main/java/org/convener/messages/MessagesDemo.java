package org.convener.messages;

import java.util.List;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.groups.Role;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.platform.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demonstration's messages: one sent to a local group (whose copies wait in the outbox when no
 * mail server is set), one still a draft, and two members who are left out, one having withdrawn
 * email consent and one never asked, so the pages show who is left out and why.
 */
@Service
public class MessagesDemo {

    private final GroupMessages messages;
    private final Groups groups;
    private final People people;

    MessagesDemo(GroupMessages messages, Groups groups, People people) {
        this.messages = messages;
        this.groups = groups;
        this.people = people;
    }

    @Transactional
    public void load(Group group, CurrentUser organiser) {
        List<Long> members = groups.currentMemberships(group.id()).stream()
                .filter(m -> m.role() == Role.MEMBER)
                .map(Membership::personId)
                .filter(id -> organiser.personId() == null || id != organiser.personId())
                .toList();
        if (members.size() >= 3) {
            people.recordConsent(
                    members.get(members.size() - 1),
                    Channel.EMAIL,
                    false,
                    "asked at the March meeting not to be emailed (illustrative)");
        }
        GroupMessage welcome = messages.draft(
                group.id(),
                "Welcome, and our next meeting (illustrative)",
                """
                Dear all,

                Thank you for joining **%s**. Our next meeting is on the first Tuesday of the month at 7pm, upstairs at the \
                community centre. On the agenda:

                - the vacant posts, and who might stand for them
                - canvassing in the spring
                - a political education session on the history of the labour movement

                All welcome: bring a friend.

                *This message is illustrative: it was written by the demonstration.*
                """.formatted(group.name()),
                Audience.EVERYONE,
                organiser);
        messages.send(welcome.id(), null, organiser);
        messages.draft(
                group.id(),
                "Canvassing on Saturday (illustrative)",
                "We meet at 10am outside the library. Wear good shoes.\n\n*Illustrative: a draft made by the demonstration.*",
                new Audience(Role.MEMBER, null, null),
                organiser);
    }
}
