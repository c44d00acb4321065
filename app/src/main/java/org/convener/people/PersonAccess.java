package org.convener.people;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.convener.platform.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Who may see and change whom: the one place the rule is written, asked by every page, fragment,
 * export and import that shows or changes a person.
 *
 * <p>An MP's public facts (name, party, seat, groups one can see) are for everyone signed in. A
 * person's record (contact details, consent, tags, notes) is for administrators, the person
 * themself, and those who run something the person is linked to now (a group they are a member
 * of, a caucus keeping a stakeholder) by a link made in a way that opens it: by the person
 * themself or an invitation they accepted, by an administrator, by someone who could already see
 * the record, or by an officer of a caucus adding an MP to that caucus. So running a group is
 * never a way to reach anyone else: a link a user may not make is refused when they try.
 */
@Service
public class PersonAccess {

    // a provider, because the modules that link people depend on the people module in turn
    private final ObjectProvider<PersonLinks> links;

    PersonAccess(ObjectProvider<PersonLinks> links) {
        this.links = links;
    }

    /** Whether a link made in this way lets those who run what it links to see the person's record. */
    public static boolean opensRecord(Origin origin) {
        return origin != Origin.UNVERIFIED;
    }

    /** The person's page with their public facts: MPs for everyone, anyone else for those who may see the record. */
    public boolean canView(CurrentUser user, Person person) {
        return person.kind() == PersonKind.MP || canSeeRecord(user, person);
    }

    /** Contact details, consent, tags and notes. */
    public boolean canSeeRecord(CurrentUser user, Person person) {
        return recordsSeenBy(user).test(person);
    }

    /** {@link #canSeeRecord} for many people at once, as on a group's page or in its members file. */
    public Predicate<Person> recordsSeenBy(CurrentUser user) {
        if (user.admin()) {
            return person -> true;
        }
        Set<Long> reached = reachable(user);
        return person -> user.isPerson(person.id()) || reached.contains(person.id());
    }

    public boolean canChange(CurrentUser user, Person person) {
        return !person.erased() && canSeeRecord(user, person);
    }

    /** A subject access export: administrators and the person. */
    public boolean canExport(CurrentUser user, Person person) {
        return user.admin() || user.isPerson(person.id());
    }

    public boolean canErase(CurrentUser user) {
        return user.admin();
    }

    /** Whether a user may record new people at all: administrators, officers and organisers. */
    public boolean canCreate(CurrentUser user) {
        return user.admin() || user.has(CurrentUser.OFFICER) || user.has(CurrentUser.ORGANISER);
    }

    /** Everyone whose record the user reaches through what they run, by links that open it. */
    public Set<Long> reachable(CurrentUser user) {
        var reached = new HashSet<Long>();
        links.orderedStream()
                .forEach(source -> source.linksOf(user).stream()
                        .filter(link -> opensRecord(link.origin()))
                        .forEach(link -> reached.add(link.personId())));
        return reached;
    }

    /**
     * How a link the user makes now between a person and something they run would be made, or a
     * refusal when the rules do not let them make it.
     *
     * @param by who makes it; empty for Convener's own tools (the command line, the demonstration)
     * @param asCaucusOfficer the link is to a caucus the user runs
     * @throws Refused when the user may not link the person
     */
    public Origin originOfLink(Optional<CurrentUser> by, Person person, boolean asCaucusOfficer) {
        if (person.erased()) {
            throw new Refused("this person has been erased");
        }
        if (by.isEmpty() || by.get().admin()) {
            return Origin.ADMINISTRATOR;
        }
        CurrentUser user = by.get();
        if (user.isPerson(person.id())) {
            return Origin.SELF;
        }
        if (canSeeRecord(user, person)) {
            return Origin.SIGHTED;
        }
        if (asCaucusOfficer && person.kind() == PersonKind.MP) {
            return Origin.CAUCUS_OFFICER;
        }
        throw new Refused((person.kind() == PersonKind.MP ? person.displayName() : "That person")
                + " is not someone whose record you can see, so you cannot add them"
                + (person.kind() == PersonKind.MP
                        ? ": invite them instead, and they join if they accept"
                        : "; ask an administrator"));
    }

    /** How a link to a record the user has just made is made: they typed it, so they could see it. */
    public Origin originOfNewRecord(Optional<CurrentUser> by) {
        return by.isEmpty() || by.get().admin() ? Origin.ADMINISTRATOR : Origin.SIGHTED;
    }

    /** A link the rules do not allow. */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String message) {
            super(message);
        }
    }
}
