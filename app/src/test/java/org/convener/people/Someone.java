package org.convener.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Role;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;

/** People, groups and users made for the people module's tests, each with a name of its own. */
final class Someone {

    static final String DERBY_NORTH = "E14001193";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private Someone() {}

    static int serial() {
        return SERIAL.incrementAndGet();
    }

    /** An activist in Derby North with an address of their own and the tags given. */
    static Person activist(People people, String name, String... tags) {
        int n = serial();
        return as(() -> people.create(new PersonDraft(
                name + " " + n,
                PersonKind.ACTIVIST,
                DERBY_NORTH,
                "someone-" + n + "@example.net",
                null,
                null,
                null,
                Set.of(tags))));
    }

    static Group localGroup(Groups groups) {
        int n = serial();
        return as(() -> groups.create(
                GroupKind.LOCAL_GROUP,
                "People test group " + n,
                "people-test-" + n,
                null,
                false,
                List.of(new Group.Area(DERBY_NORTH, null))));
    }

    /** A group run by {@code organiser} with {@code members}, every membership made by an administrator's tool. */
    static Group runBy(Groups groups, Person organiser, Person... members) {
        Group group = localGroup(groups);
        as(() -> {
            groups.join(group.id(), organiser.id(), Role.ORGANISER, LocalDate.of(2025, 1, 6));
            for (Person member : members) {
                groups.join(group.id(), member.id(), Role.MEMBER, LocalDate.of(2025, 2, 3));
            }
            return group;
        });
        return group;
    }

    /** A signed-in user who is this person, with one role. */
    static CurrentUser user(Person person, String role) {
        return new CurrentUser(
                1_000_000 + person.id(), "user-" + person.id() + "@example.net", person.id(), Set.of(role));
    }

    static CurrentUser admin() {
        return new CurrentUser(999_999, "admin-" + serial() + "@example.net", null, Set.of(CurrentUser.ADMIN));
    }

    static <T> T as(java.util.function.Supplier<T> change) {
        return AuditActor.as("test", change::get);
    }
}
