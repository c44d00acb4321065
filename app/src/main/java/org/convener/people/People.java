package org.convener.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.convener.engine.ConstituencyCode;
import org.convener.platform.CurrentUser;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.seats.SeatIntelligence;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of people, with every change in the audit log. Who may see or change whom is
 * {@link PersonAccess}'s to say.
 */
@Service
public class People {

    public static final int PAGE_SIZE = 50;
    /** A person with their tags in one row. */
    private static final String SELECT =
            "select p.*, array(select tag from people.person_tag t where t.person_id = p.id order by tag) as tags from people.person p";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Accounts accounts;
    private final SeatIntelligence seats;
    private final PersonAccess access;
    // providers, because the modules that implement these depend on People in turn
    private final ObjectProvider<PersonLinks> links;
    private final ObjectProvider<PersonRecords> records;
    private final ObjectProvider<PersonActivity> activity;
    private final Clock clock;

    People(
            JdbcTemplate jdbc,
            AuditLog audit,
            Accounts accounts,
            SeatIntelligence seats,
            PersonAccess access,
            ObjectProvider<PersonLinks> links,
            ObjectProvider<PersonRecords> records,
            ObjectProvider<PersonActivity> activity,
            Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accounts = accounts;
        this.seats = seats;
        this.access = access;
        this.links = links;
        this.records = records;
        this.activity = activity;
        this.clock = clock;
    }

    // ---- reading

    public Optional<Person> find(long id) {
        return jdbc.query(SELECT + " where id = ?", this::map, id).stream().findFirst();
    }

    public Optional<Person> findByEmail(String email) {
        return jdbc.query(SELECT + " where lower(email) = lower(?)", this::map, email).stream()
                .findFirst();
    }

    public Optional<Person> findMp(int parliamentMemberId) {
        return jdbc.query(SELECT + " where parliament_member_id = ?", this::map, parliamentMemberId).stream()
                .findFirst();
    }

    /** People matching a name and constituency exactly (ignoring case), for de-duplication. */
    public List<Person> findByNameAndConstituency(String name, String constituencyCode) {
        return jdbc.query(
                SELECT
                        + " where lower(full_name) = lower(?) and coalesce(constituency_code, '') = coalesce(?, '') and erased_at is null",
                this::map,
                name.trim(),
                constituencyCode);
    }

    /** Everyone whose record a user may see, by name: whom they may bring into what they run. */
    public List<Person> withRecordsSeenBy(CurrentUser user) {
        if (user.admin()) {
            return jdbc.query(SELECT + " where erased_at is null order by lower(full_name)", this::map);
        }
        return findAll(recordIds(user)).stream().filter(p -> !p.erased()).toList();
    }

    /** Everyone of a kind on record and not erased, by name. */
    public List<Person> ofKind(PersonKind kind) {
        return jdbc.query(
                SELECT + " where kind = ? and erased_at is null order by lower(full_name)", this::map, kind.name());
    }

    /** Every sitting MP on record, by name. */
    public List<Person> mps() {
        return jdbc.query(SELECT + " where kind = 'MP' and erased_at is null order by lower(full_name)", this::map);
    }

    public List<Person> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var placeholders = String.join(",", ids.stream().map(i -> "?").toList());
        return jdbc.query(
                SELECT + " where id in (" + placeholders + ") order by lower(full_name)", this::map, ids.toArray());
    }

    /**
     * People a user may see that match a name (part), constituency, tag or group; MPs are public
     * and always searchable.
     */
    public PeoplePage search(String name, String constituency, String tag, Long groupId, CurrentUser user, int page) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        where.add("erased_at is null");
        if (!user.admin()) {
            Set<Long> managed = access.reachable(user);
            var visible = new ArrayList<String>();
            visible.add("kind = 'MP'");
            if (user.personId() != null) {
                visible.add("id = " + user.personId());
            }
            if (!managed.isEmpty()) {
                visible.add("id = any(?)");
                params.add(managed.toArray(new Long[0]));
            }
            where.add("(" + String.join(" or ", visible) + ")");
        }
        if (name != null && !name.isBlank()) {
            where.add("full_name ilike ?");
            params.add("%" + name.trim().replace("%", "\\%") + "%");
        }
        if (constituency != null && !constituency.isBlank()) {
            where.add("constituency_code = ?");
            params.add(constituency.trim());
        }
        if (tag != null && !tag.isBlank()) {
            where.add("exists (select 1 from people.person_tag t where t.person_id = id and t.tag = ?)");
            params.add(tag.trim().toLowerCase());
            if (!user.admin()) {
                // tags are part of the record: an MP's are not searchable by those who cannot see it
                where.add("id = any(?)");
                params.add(recordIds(user).toArray(new Long[0]));
            }
        }
        if (groupId != null) {
            Set<Long> members = new java.util.HashSet<>();
            links.orderedStream().forEach(a -> members.addAll(a.membersOf(groupId, user)));
            where.add("id = any(?)");
            params.add(members.toArray(new Long[0]));
        }
        String clause = " where " + String.join(" and ", where);
        long total = jdbc.queryForObject("select count(*) from people.person p" + clause, Long.class, params.toArray());
        var paged = new ArrayList<>(params);
        paged.add(PAGE_SIZE);
        paged.add((Math.max(1, page) - 1) * PAGE_SIZE);
        var people = jdbc.query(
                SELECT + clause + " order by lower(full_name), id limit ? offset ?", this::map, paged.toArray());
        return new PeoplePage(people, Math.max(1, page), PAGE_SIZE, total);
    }

    /** The tags on the records a user may see. */
    public List<String> tags(CurrentUser user) {
        if (user.admin()) {
            return jdbc.queryForList("select distinct tag from people.person_tag order by tag", String.class);
        }
        return jdbc.queryForList(
                "select distinct tag from people.person_tag where person_id = any(?) order by tag",
                String.class,
                (Object) recordIds(user).toArray(new Long[0]));
    }

    /** The people whose records a user may see, themself included (everyone, for administrators: not listed). */
    private Set<Long> recordIds(CurrentUser user) {
        var ids = new java.util.HashSet<>(access.reachable(user));
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
        var now = Timestamp.from(clock.instant());
        long id;
        try {
            id = jdbc.queryForObject(
                    """
                    insert into people.person (full_name, kind, constituency_code, parliament_member_id, email, phone, postal_address, notes, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """,
                    Long.class,
                    draft.fullName(),
                    draft.kind().name(),
                    draft.constituencyCode(),
                    parliamentMemberId,
                    draft.email(),
                    draft.phone(),
                    draft.postalAddress(),
                    draft.notes(),
                    now,
                    now);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("someone with the email " + draft.email() + " is already recorded");
        }
        writeTags(id, draft.tags());
        Person person = find(id).orElseThrow();
        audit.record("created", "person", id, AuditLog.person(id), null, describe(person));
        return person;
    }

    @Transactional
    public Person update(long id, PersonDraft draft) {
        Person before = find(id).orElseThrow(() -> new IllegalArgumentException("no person " + id));
        if (before.erased()) {
            throw new IllegalArgumentException("this person has been erased");
        }
        checkConstituency(draft.constituencyCode());
        try {
            jdbc.update(
                    """
                    update people.person set full_name = ?, kind = ?, constituency_code = ?, email = ?, phone = ?, postal_address = ?,
                        notes = ?, updated_at = ? where id = ?
                    """,
                    draft.fullName(),
                    draft.kind().name(),
                    draft.constituencyCode(),
                    draft.email(),
                    draft.phone(),
                    draft.postalAddress(),
                    draft.notes(),
                    Timestamp.from(clock.instant()),
                    id);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("someone with the email " + draft.email() + " is already recorded");
        }
        jdbc.update("delete from people.person_tag where person_id = ?", id);
        writeTags(id, draft.tags());
        Person after = find(id).orElseThrow();
        audit.record("updated", "person", id, AuditLog.person(id), describe(before), describe(after));
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
        jdbc.update(
                "insert into people.consent (person_id, channel, granted, recorded_at, method, recorded_by) values (?, ?, ?, ?, ?, ?)",
                id,
                channel.name(),
                granted,
                Timestamp.from(clock.instant()),
                method.trim(),
                AuditActor.who());
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
        return jdbc.query(
                "select * from people.consent where person_id = ? order by id",
                (rs, row) -> new Consent(
                        Channel.valueOf(rs.getString("channel")),
                        rs.getBoolean("granted"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("method"),
                        accounts.actorName(rs.getString("recorded_by"))),
                id);
    }

    /**
     * Erases a person: personal fields emptied, tags and consent removed, any account disabled,
     * and the audit log's personal values for them made unreadable. Memberships and posts held
     * stay, anonymous, so counts and histories remain true.
     */
    @Transactional
    public void erase(long id) {
        Person person = find(id).orElseThrow(() -> new IllegalArgumentException("no person " + id));
        if (person.erased()) {
            return;
        }
        // the other modules first, while they can still read what the record said
        records.orderedStream().forEach(r -> r.erase(id));
        jdbc.update("""
                update people.person set full_name = 'Erased', constituency_code = null, parliament_member_id = null, email = null,
                    phone = null, postal_address = null, notes = null, updated_at = ?, erased_at = ? where id = ?
                """, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()), id);
        jdbc.update("delete from people.person_tag where person_id = ?", id);
        jdbc.update("delete from people.consent where person_id = ?", id);
        accounts.forgetPerson(id);
        audit.forget(AuditLog.person(id));
        audit.record(
                "erased", "person", id, null, null, Map.of("kind", person.kind().name()));
    }

    /** Everything held about a person, for a subject access request. */
    public Map<String, Object> export(long id) {
        Person person = find(id).orElseThrow(() -> new IllegalArgumentException("no person " + id));
        var data = new LinkedHashMap<String, Object>();
        data.put("exportedAt", clock.instant().toString());
        data.put("person", describe(person));
        data.put(
                "consent",
                consentHistory(id).stream()
                        .map(c -> Map.of(
                                "channel",
                                c.channel().name(),
                                "granted",
                                c.granted(),
                                "recordedAt",
                                c.recordedAt().toString(),
                                "method",
                                c.method(),
                                "recordedBy",
                                c.recordedBy()))
                        .toList());
        accounts.forPerson(id)
                .ifPresent(a -> data.put(
                        "account",
                        Map.of(
                                "email",
                                a.email(),
                                "administrator",
                                a.admin(),
                                "enabled",
                                a.enabled(),
                                "createdAt",
                                a.createdAt().toString())));
        records.orderedStream().forEach(r -> data.putAll(r.about(id)));
        data.put(
                "changes",
                audit.about(AuditLog.person(id)).stream()
                        .map(r -> {
                            var change = new LinkedHashMap<String, Object>();
                            change.put("at", r.at().toString());
                            change.put("by", r.actor());
                            change.put("action", r.action() + " " + r.entityType());
                            change.put("before", r.before());
                            change.put("after", r.after());
                            return change;
                        })
                        .toList());
        return data;
    }

    /**
     * People who left and whose retention period has run out: no membership open, the last ended
     * more than {@code months} ago (or never a member and recorded that long ago). MPs and
     * stakeholders are not included.
     */
    public List<Person> dueForErasure(int months) {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(months);
        Set<Long> active = new java.util.HashSet<>();
        Map<Long, LocalDate> left = new HashMap<>();
        activity.orderedStream().forEach(a -> {
            active.addAll(a.active());
            a.leftOn().forEach((person, day) -> left.merge(person, day, (x, y) -> x.isAfter(y) ? x : y));
        });
        var due = new ArrayList<Person>();
        // MPs come from the public Members list; stakeholders are public figures kept while the caucuses work with them
        jdbc.query(SELECT + " where erased_at is null and kind not in ('MP', 'STAKEHOLDER')", rs -> {
            Person p = map(rs, 0);
            if (active.contains(p.id())
                    || accounts.forPerson(p.id()).map(a -> a.enabled()).orElse(false)) {
                return;
            }
            LocalDate since = left.getOrDefault(
                    p.id(), p.createdAt().atZone(ZoneId.systemDefault()).toLocalDate());
            if (since.isBefore(cutoff)) {
                due.add(p);
            }
        });
        return due;
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
        if (code != null
                && (!ConstituencyCode.isValid(code)
                        || (seats.hasResults()
                                && seats.seat(ConstituencyCode.of(code)).isEmpty()))) {
            throw new IllegalArgumentException("\"" + code + "\" is not a 2024 constituency code");
        }
    }

    private void writeTags(long id, Set<String> tags) {
        jdbc.batchUpdate(
                "insert into people.person_tag (person_id, tag) values (?, ?)",
                tags.stream().map(t -> new Object[] {id, t}).toList());
    }

    static Map<String, Object> describe(Person p) {
        var values = new LinkedHashMap<String, Object>();
        values.put("name", p.fullName());
        values.put("kind", p.kind().name());
        values.put("constituency", p.constituencyCode());
        values.put("email", p.email());
        values.put("phone", p.phone());
        values.put("postalAddress", p.postalAddress());
        values.put("notes", p.notes());
        values.put("tags", new TreeSet<>(p.tags()));
        return values;
    }

    private Person map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        var tags = Set.of((String[]) rs.getArray("tags").getArray());
        Timestamp erased = rs.getTimestamp("erased_at");
        return new Person(
                id,
                rs.getString("full_name"),
                PersonKind.valueOf(rs.getString("kind")),
                rs.getString("constituency_code"),
                (Integer) rs.getObject("parliament_member_id"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getString("postal_address"),
                rs.getString("notes"),
                tags,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                erased == null ? null : erased.toInstant());
    }
}
