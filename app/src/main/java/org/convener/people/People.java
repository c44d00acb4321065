package org.convener.people;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convener.engine.ConstituencyCode;
import org.convener.platform.CurrentUser;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.seats.SeatIntelligence;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of people, with every change in the audit log. Who may see or change whom is
 * {@link PersonAccess}'s to say.
 */
@Service
public class People {

    public static final int PAGE_SIZE = 50;
    private final PersonStore store;
    private final AuditLog audit;
    private final Accounts accounts;
    private final SeatIntelligence seats;
    private final PersonAccess access;
    // a provider, because the modules that implement it depend on People in turn
    private final ObjectProvider<PersonLinks> links;
    private final Clock clock;

    People(
            PersonStore store,
            AuditLog audit,
            Accounts accounts,
            SeatIntelligence seats,
            PersonAccess access,
            ObjectProvider<PersonLinks> links,
            Clock clock) {
        this.store = store;
        this.audit = audit;
        this.accounts = accounts;
        this.seats = seats;
        this.access = access;
        this.links = links;
        this.clock = clock;
    }

    // ---- reading

    public Optional<Person> find(long id) {
        return store.find(id);
    }

    public Optional<Person> findByEmail(String email) {
        return store.findByEmail(email);
    }

    public Optional<Person> findMp(int parliamentMemberId) {
        return store.findMp(parliamentMemberId);
    }

    /** People matching a name and constituency exactly (ignoring case), for de-duplication. */
    public List<Person> findByNameAndConstituency(String name, String constituencyCode) {
        return store.findByNameAndConstituency(name.trim(), constituencyCode);
    }

    /** Everyone whose record a user may see, by name: whom they may bring into what they run. */
    public List<Person> withRecordsSeenBy(CurrentUser user) {
        if (user.admin()) {
            return store.current(null);
        }
        return findAll(recordIds(user)).stream().filter(p -> !p.erased()).toList();
    }

    /** Everyone of a kind on record and not erased, by name. */
    public List<Person> ofKind(PersonKind kind) {
        return store.current(kind);
    }

    /** Every sitting MP on record, by name. */
    public List<Person> mps() {
        return store.current(PersonKind.MP);
    }

    public List<Person> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : store.findAll(ids);
    }

    /**
     * People a user may see that match a name (part), constituency, tag or group; MPs are public
     * and always searchable.
     */
    public PeoplePage search(String name, String constituency, String tag, Long groupId, CurrentUser user, int page) {
        Set<Long> members = null;
        if (groupId != null) {
            var inGroup = new HashSet<Long>();
            links.orderedStream().forEach(a -> inGroup.addAll(a.membersOf(groupId, user)));
            members = inGroup;
        }
        var query = new PersonStore.Query(
                user.admin() ? null : new PersonStore.Seeing(user.personId(), access.reachable(user)),
                blankToNull(name),
                blankToNull(constituency),
                tag == null || tag.isBlank() ? null : tag.trim().toLowerCase(),
                // tags are part of the record: an MP's are not searchable by those who cannot see it
                user.admin() ? null : recordIds(user),
                members);
        int shown = Math.max(1, page);
        return new PeoplePage(
                store.search(query, PAGE_SIZE, (shown - 1) * PAGE_SIZE), shown, PAGE_SIZE, store.count(query));
    }

    /** The tags on the records a user may see. */
    public List<String> tags(CurrentUser user) {
        return store.tags(user.admin() ? null : recordIds(user));
    }

    /** The people whose records a user may see, themself included (everyone, for administrators: not listed). */
    private Set<Long> recordIds(CurrentUser user) {
        var ids = new HashSet<>(access.reachable(user));
        if (user.personId() != null) {
            ids.add(user.personId());
        }
        return ids;
    }

    // ---- changing

    @Transactional
    public Person create(PersonDraft draft) {
        return create(draft, null);
    }

    /**
     * Adds a person and, in the same transaction, enrols them in a group the user manages, so that
     * whoever adds someone can go on seeing them.
     *
     * @throws IllegalArgumentException when the user may not add people to that group
     */
    @Transactional
    public Person createFor(CurrentUser user, PersonDraft draft, Long groupId) {
        if (!access.canCreate(user)) {
            throw new PersonAccess.Refused("only administrators, officers and organisers add people");
        }
        if (groupId == null) {
            if (!user.admin()) {
                throw new IllegalArgumentException("choose the group the person joins");
            }
            return create(draft);
        }
        return links.orderedStream()
                .map(a -> a.enrolNew(groupId, draft, user))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("you cannot add people to that group"));
    }

    @Transactional
    public Person create(PersonDraft draft, Integer parliamentMemberId) {
        checkConstituency(draft.constituencyCode());
        long id = store.insert(draft, parliamentMemberId, clock.instant());
        Person person = find(id).orElseThrow();
        audit.record("created", "person", id, AuditLog.person(id), null, person.audited());
        return person;
    }

    @Transactional
    public Person update(long id, PersonDraft draft) {
        Person before = find(id).orElseThrow(() -> new IllegalArgumentException("no person " + id));
        if (before.erased()) {
            throw new IllegalArgumentException("this person has been erased");
        }
        checkConstituency(draft.constituencyCode());
        store.update(id, draft, clock.instant());
        Person after = find(id).orElseThrow();
        audit.record("updated", "person", id, AuditLog.person(id), before.audited(), after.audited());
        return after;
    }

    /** Records consent (or its withdrawal) on one channel, by whoever acts now; the history is kept. */
    @Transactional
    public void recordConsent(long id, Channel channel, boolean granted, String method) {
        Person person = find(id).orElseThrow(() -> new IllegalArgumentException("no person " + id));
        if (person.erased()) {
            throw new IllegalArgumentException("this person has been erased");
        }
        if (method == null || method.isBlank() || method.length() > 200) {
            throw new IllegalArgumentException("say how consent was given or withdrawn, in up to 200 characters");
        }
        var before = consents(id).get(channel);
        store.insertConsent(id, channel, granted, method.trim(), AuditActor.who(), clock.instant());
        audit.record(
                granted ? "consent given" : "consent withdrawn",
                "consent",
                id + "/" + channel,
                AuditLog.person(id),
                before == null ? null : Map.of("granted", before.granted(), "method", before.method()),
                Map.of("channel", channel.name(), "granted", granted, "method", method.trim()));
    }

    /** The consent in force on each channel; a channel never asked is absent. */
    public Map<Channel, Consent> consents(long id) {
        var current = new EnumMap<Channel, Consent>(Channel.class);
        consentHistory(id).forEach(c -> current.put(c.channel(), c));
        return current;
    }

    public List<Consent> consentHistory(long id) {
        return store.consentHistory(id).stream()
                .map(c -> new Consent(
                        c.channel(), c.granted(), c.recordedAt(), c.method(), accounts.actorName(c.recordedBy())))
                .toList();
    }

    /** Keeps the MPs' records in step with the Members list: adds new MPs, updates names and emails. */
    @Transactional
    public int syncMp(int parliamentMemberId, String name, String constituencyCode, String email) {
        var existing = findMp(parliamentMemberId);
        if (existing.isEmpty()) {
            String address =
                    email == null || !email.contains("@") || findByEmail(email).isPresent() ? null : email;
            create(
                    new PersonDraft(name, PersonKind.MP, constituencyCode, address, null, null, null, Set.of()),
                    parliamentMemberId);
            return 1;
        }
        Person p = existing.get();
        if (!name.equals(p.fullName()) || !java.util.Objects.equals(constituencyCode, p.constituencyCode())) {
            update(
                    p.id(),
                    new PersonDraft(
                            name,
                            p.kind(),
                            constituencyCode,
                            p.email(),
                            p.phone(),
                            p.postalAddress(),
                            p.notes(),
                            p.tags()));
            return 1;
        }
        return 0;
    }

    private void checkConstituency(String code) {
        // the MPs may be recorded before the results are imported: until then a code need only be well formed
        if (code != null && (seats.hasResults() || !ConstituencyCode.isValid(code))) {
            seats.checkConstituency(code);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
