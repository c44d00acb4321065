package org.convener.organising;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.DemoData;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.shared.Format;

/**
 * A local group of its own for a test, so that tests change nothing the demonstration's other users
 * rely on: an organiser and members, each with an account that signs in with {@link DemoData#PASSWORD}.
 */
final class Fixture {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    record Member(long personId, String email, String name) {}

    final Group group;
    final Member organiser;
    final List<Member> members;

    private Fixture(Group group, Member organiser, List<Member> members) {
        this.group = group;
        this.organiser = organiser;
        this.members = members;
    }

    /** A new local group with an organiser and {@code count} members, all with accounts. */
    static Fixture localGroup(Groups groups, Accounts accounts, int count) {
        int n = SERIAL.incrementAndGet() + (int) (System.nanoTime() % 100000);
        return AuditActor.as("test", () -> {
            Group group = groups.create(
                    GroupKind.LOCAL_GROUP,
                    "Test group " + n,
                    "test-group-" + n,
                    null,
                    false,
                    List.of(new Group.Area("E14001193", null)));
            Member organiser = member(groups, accounts, group, "Olive Organiser" + n, "olive-" + n, Role.ORGANISER);
            var members = new ArrayList<Member>();
            for (int i = 0; i < count; i++) {
                members.add(member(
                        groups,
                        accounts,
                        group,
                        "Member " + (char) ('A' + i) + n,
                        "member-" + i + "-" + n,
                        Role.MEMBER));
            }
            return new Fixture(group, organiser, members);
        });
    }

    private static Member member(Groups groups, Accounts accounts, Group group, String name, String local, Role role) {
        String email = local + "@example.net";
        var membership = groups.enrolNew(
                group.id(),
                new PersonDraft(name, PersonKind.ACTIVIST, null, email, null, null, null, Set.of()),
                role,
                groups.today());
        var account = accounts.create(email, membership.personId(), false);
        accounts.changePassword(account.account().id(), account.oneTimePassword(), DemoData.PASSWORD);
        return new Member(membership.personId(), email, name);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Format.LONDON).toInstant();
    }
}
