package org.convener.letters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.convener.engagements.Ask;
import org.convener.engagements.AskStatus;
import org.convener.engagements.Asks;
import org.convener.engagements.Caucuses;
import org.convener.engine.ConstituencyCode;
import org.convener.groups.Group;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonKind;
import org.convener.platform.CurrentUser;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.seats.SeatIntelligence;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open letters from draft to publication, and who signed them. */
@Service
public class Letters {

    private final JdbcTemplate jdbc;
    private final Caucuses caucuses;
    private final People people;
    private final SeatIntelligence seats;
    private final Asks asks;
    private final AuditLog audit;
    private final Accounts accounts;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    Letters(
            JdbcTemplate jdbc,
            Caucuses caucuses,
            People people,
            SeatIntelligence seats,
            Asks asks,
            AuditLog audit,
            Accounts accounts,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.caucuses = caucuses;
        this.people = people;
        this.seats = seats;
        this.asks = asks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading

    public Optional<Letter> find(long id) {
        return list("where id = ?", id).stream().findFirst();
    }

    public List<Letter> all() {
        return list("order by id desc");
    }

    public List<Letter> making(long askId) {
        return list("where id in (select letter_id from letters.letter_ask where ask_id = ?) order by id", askId);
    }

    /** Every signature, live and withdrawn, in the order given. */
    public List<Signature> signatures(long letterId) {
        return jdbc.query(
                "select * from letters.signature where letter_id = ? order by signed_at, id",
                (rs, n) -> signature(rs),
                letterId);
    }

    public List<Signature> liveSignatures(long letterId) {
        return signatures(letterId).stream().filter(Signature::live).toList();
    }

    /** Live signatures by invited caucus (an MP in two invited caucuses counts in both), in invitation order. */
    public Map<String, Integer> countsByCaucus(Letter letter) {
        var counts = new LinkedHashMap<String, Integer>();
        letter.invited().forEach(id -> counts.put(caucuses.name(id), 0));
        for (Signature s : liveSignatures(letter.id())) {
            for (String caucus : s.caucuses().split("; ")) {
                counts.merge(caucus, 1, Integer::sum);
            }
        }
        return counts;
    }

    // ---- who may do what

    public boolean canRun(CurrentUser user, Letter letter) {
        return caucuses.canRun(user, letter.organisingCaucus());
    }

    /** Published letters are for everyone; before that, for those who run it and the members of the caucuses invited. */
    public boolean canSee(CurrentUser user, Letter letter) {
        return letter.status() == LetterStatus.PUBLISHED
                || canRun(user, letter)
                || letter.invited().stream().anyMatch(c -> caucuses.canSee(user, c));
    }

    /** The invited caucuses an MP belongs to now: empty if they may not sign. */
    public List<Group> eligibility(Letter letter, long personId) {
        Person person = people.find(personId).orElse(null);
        if (person == null || person.erased() || person.kind() != PersonKind.MP) {
            return List.of();
        }
        return letter.invited().stream()
                .filter(c -> caucuses.isMember(c, personId))
                .map(c -> caucuses.find(c).orElseThrow())
                .toList();
    }

    /** MPs who may sign and have not: for an officer recording signatures. */
    public List<Person> unsigned(Letter letter) {
        var signed =
                liveSignatures(letter.id()).stream().map(Signature::personId).toList();
        var eligible = new java.util.LinkedHashSet<Long>();
        letter.invited().forEach(c -> eligible.addAll(caucuses.currentMembers(c)));
        return people.findAll(eligible).stream()
                .filter(p -> p.kind() == PersonKind.MP && !signed.contains(p.id()))
                .toList();
    }

    // ---- changing

    @Transactional
    public Letter draft(long caucusId, String title, String addressee, String body, boolean illustrative) {
        caucuses.find(caucusId).orElseThrow(() -> new IllegalArgumentException("choose the organising caucus"));
        var now = Timestamp.from(clock.instant());
        long id = jdbc.queryForObject(
                "insert into letters.letter (organising_caucus, status, illustrative, created_by, created_at) values (?, 'DRAFT', ?, ?, ?) returning id",
                Long.class,
                caucusId,
                illustrative,
                AuditActor.who(),
                now);
        writeVersion(id, 1, title, addressee, body);
        jdbc.update(
                "insert into letters.invitation (letter_id, caucus_id, invited_by, invited_at) values (?, ?, ?, ?)",
                id,
                caucusId,
                AuditActor.who(),
                now);
        audit.record("drafted", "letter", id, null, null, Map.of("caucus", caucusId, "title", title.trim()));
        return find(id).orElseThrow();
    }

    @Transactional
    public Letter revise(long letterId, String title, String addressee, String body) {
        Letter letter = locked(letterId);
        letter.checkCanRevise(liveSignatures(letterId).size());
        Letter.Version before = letter.current();
        writeVersion(letterId, before.number() + 1, title, addressee, body);
        audit.record(
                "revised",
                "letter",
                letterId,
                null,
                Map.of("version", before.number(), "title", before.title()),
                Map.of("version", before.number() + 1, "title", title.trim()));
        return find(letterId).orElseThrow();
    }

    @Transactional
    public Letter invite(long letterId, long caucusId) {
        Letter letter = locked(letterId);
        letter.checkCanInvite();
        Group caucus = caucuses.find(caucusId).orElseThrow(() -> new IllegalArgumentException("no such caucus"));
        try {
            jdbc.update(
                    "insert into letters.invitation (letter_id, caucus_id, invited_by, invited_at) values (?, ?, ?, ?)",
                    letterId,
                    caucusId,
                    AuditActor.who(),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException(caucus.name() + " is already invited");
        }
        audit.record("invited", "letter", letterId, null, null, Map.of("caucus", caucusId, "name", caucus.name()));
        if (letter.status() == LetterStatus.OPEN) {
            events.publishEvent(new LetterAwaitsSignatures(letterId));
        }
        return find(letterId).orElseThrow();
    }

    @Transactional
    public Letter open(long letterId) {
        Letter letter = locked(letterId);
        letter.checkCanOpen();
        jdbc.update(
                "update letters.letter set status = 'OPEN', opened_at = ? where id = ?",
                Timestamp.from(clock.instant()),
                letterId);
        audit.record(
                "opened",
                "letter",
                letterId,
                null,
                Map.of("status", letter.status().name()),
                Map.of("status", "OPEN"));
        events.publishEvent(new LetterAwaitsSignatures(letterId));
        return find(letterId).orElseThrow();
    }

    /**
     * An MP's signature. An MP signs once (a withdrawn signature may be given again); an officer
     * recording it for them must say how the MP confirmed.
     *
     * @param confirmation how the MP confirmed, when someone else records it; {@code null} when they sign themself
     */
    @Transactional
    public Signature sign(long letterId, long personId, String confirmation) {
        Letter letter = locked(letterId);
        letter.checkCanSign();
        Person mp = people.find(personId).orElseThrow(() -> new IllegalArgumentException("no such person"));
        List<Group> through = eligibility(letter, personId);
        if (through.isEmpty()) {
            throw new IllegalArgumentException(mp.displayName() + " is not an MP in a caucus invited to sign");
        }
        boolean self = CurrentUser.get().map(u -> u.isPerson(personId)).orElse(false);
        String confirmed = confirmation == null || confirmation.isBlank() ? null : confirmation.trim();
        if (!self && confirmed == null) {
            throw new IllegalArgumentException("note how " + mp.displayName() + " confirmed they want to sign");
        }
        if (liveSignatures(letterId).stream().anyMatch(s -> s.personId() == personId)) {
            throw new IllegalStateException(mp.displayName() + " has already signed");
        }
        String constituency = mp.constituencyCode() == null
                ? null
                : seats.seat(ConstituencyCode.of(mp.constituencyCode()))
                        .map(s -> s.name())
                        .orElse(mp.constituencyCode());
        long id;
        try {
            id = jdbc.queryForObject(
                    """
                    insert into letters.signature (letter_id, person_id, signatory_name, constituency, caucuses, version, signed_at, recorded_by, confirmation)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """,
                    Long.class,
                    letterId,
                    personId,
                    mp.fullName(),
                    constituency,
                    String.join("; ", through.stream().map(Group::name).toList()),
                    letter.current().number(),
                    Timestamp.from(clock.instant()),
                    AuditActor.who(),
                    self ? null : confirmed);
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException(mp.displayName() + " has already signed");
        }
        audit.record(
                "signed",
                "letter",
                letterId,
                AuditLog.person(personId),
                null,
                Map.of(
                        "signature",
                        id,
                        "version",
                        letter.current().number(),
                        "recordedBy",
                        self ? "themself" : "on their behalf"));
        return signatures(letterId).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Withdraws a signature before the letter is locked; the signature stays in the letter's history. */
    @Transactional
    public Signature withdraw(long signatureId, String note) {
        Signature signature =
                jdbc
                        .query("select * from letters.signature where id = ?", (rs, n) -> signature(rs), signatureId)
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no such signature"));
        Letter letter = locked(signature.letterId());
        letter.checkCanWithdraw();
        if (!signature.live()) {
            throw new IllegalStateException("that signature was already withdrawn");
        }
        jdbc.update(
                "update letters.signature set withdrawn_at = ?, withdrawn_by = ?, withdrawal_note = ? where id = ?",
                Timestamp.from(clock.instant()),
                AuditActor.who(),
                note == null || note.isBlank() ? null : note.trim(),
                signatureId);
        audit.record(
                "withdrew",
                "letter",
                letter.id(),
                AuditLog.person(signature.personId()),
                Map.of("signature", signatureId, "live", true),
                Map.of("signature", signatureId, "live", false));
        return signatures(letter.id()).stream()
                .filter(s -> s.id() == signatureId)
                .findFirst()
                .orElseThrow();
    }

    /** Fixes the text and the signatories for good. */
    @Transactional
    public Letter lock(long letterId) {
        Letter letter = locked(letterId);
        letter.checkCanLock(liveSignatures(letterId).size());
        jdbc.update(
                "update letters.letter set status = 'LOCKED', locked_at = ? where id = ?",
                Timestamp.from(clock.instant()),
                letterId);
        audit.record(
                "locked",
                "letter",
                letterId,
                null,
                Map.of("status", letter.status().name()),
                Map.of(
                        "status",
                        "LOCKED",
                        "signatures",
                        liveSignatures(letterId).size(),
                        "version",
                        letter.current().number()));
        return find(letterId).orElseThrow();
    }

    /** Publishes a locked letter; asks it makes that were only drafted count as raised by it. */
    @Transactional
    public Letter publish(long letterId) {
        Letter letter = locked(letterId);
        letter.checkCanPublish();
        jdbc.update(
                "update letters.letter set status = 'PUBLISHED', published_at = ? where id = ?",
                Timestamp.from(clock.instant()),
                letterId);
        audit.record(
                "published",
                "letter",
                letterId,
                null,
                Map.of("status", letter.status().name()),
                Map.of("status", "PUBLISHED"));
        for (long askId : letter.askIds()) {
            asks.find(askId)
                    .filter(a -> a.status() == AskStatus.DRAFTED || a.status() == AskStatus.REFUSED)
                    .ifPresent(a -> asks.move(
                            a.id(),
                            AskStatus.RAISED,
                            asks.today(),
                            "made in the open letter “" + letter.title() + "”",
                            null));
        }
        return find(letterId).orElseThrow();
    }

    /** Links an ask of one of the invited caucuses to the letter that makes it. */
    @Transactional
    public Letter linkAsk(long letterId, long askId) {
        Letter letter = locked(letterId);
        if (letter.status().fixed()) {
            throw new IllegalStateException("the letter is locked: link its asks before locking it");
        }
        Ask ask = asks.find(askId).orElseThrow(() -> new IllegalArgumentException("no such ask"));
        if (!letter.invited().contains(ask.caucusId())) {
            throw new IllegalArgumentException("the ask belongs to a caucus not invited to this letter");
        }
        if (letter.askIds().contains(askId)) {
            throw new IllegalArgumentException("that ask is already linked");
        }
        jdbc.update("insert into letters.letter_ask (letter_id, ask_id) values (?, ?)", letterId, askId);
        audit.record("linked", "letter", letterId, null, null, Map.of("ask", askId, "title", ask.title()));
        return find(letterId).orElseThrow();
    }

    // ---- rows

    /** Reads a letter and holds its row until the transaction ends, so that concurrent changes queue up. */
    private Letter locked(long letterId) {
        jdbc.query("select id from letters.letter where id = ? for update", rs -> {}, letterId);
        return find(letterId).orElseThrow(() -> new IllegalArgumentException("no such letter"));
    }

    private void writeVersion(long letterId, int number, String title, String addressee, String body) {
        String t = title == null ? "" : title.trim();
        String b = body == null ? "" : body.strip();
        if (t.isEmpty() || t.length() > 200) {
            throw new IllegalArgumentException("a letter needs a title of up to 200 characters");
        }
        if (b.isEmpty() || b.length() > 20000) {
            throw new IllegalArgumentException("a letter needs its text, in up to 20,000 characters");
        }
        String to = addressee == null || addressee.isBlank() ? null : addressee.trim();
        if (to != null && to.length() > 200) {
            throw new IllegalArgumentException("keep the addressee to 200 characters");
        }
        jdbc.update(
                "insert into letters.version (letter_id, number, title, body, addressee, written_by, written_at) values (?, ?, ?, ?, ?, ?, ?)",
                letterId,
                number,
                t,
                b,
                to,
                AuditActor.who(),
                Timestamp.from(clock.instant()));
    }

    private List<Letter> list(String clause, Object... params) {
        var rows = jdbc.query("select * from letters.letter " + clause, (rs, n) -> rs.getLong("id"), params);
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.toArray(Long[]::new);
        var versions = new HashMap<Long, List<Letter.Version>>();
        jdbc.query(
                "select * from letters.version where letter_id = any(?) order by letter_id, number",
                rs -> {
                    versions.computeIfAbsent(rs.getLong("letter_id"), k -> new ArrayList<>())
                            .add(new Letter.Version(
                                    rs.getInt("number"),
                                    rs.getString("title"),
                                    rs.getString("addressee"),
                                    rs.getString("body"),
                                    accounts.actorName(rs.getString("written_by")),
                                    rs.getTimestamp("written_at").toInstant()));
                },
                (Object) ids);
        var invited = new HashMap<Long, List<Long>>();
        jdbc.query(
                "select letter_id, caucus_id from letters.invitation where letter_id = any(?) order by invited_at, caucus_id",
                rs -> {
                    invited.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                },
                (Object) ids);
        var askIds = new HashMap<Long, List<Long>>();
        jdbc.query(
                "select letter_id, ask_id from letters.letter_ask where letter_id = any(?) order by ask_id",
                rs -> {
                    askIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                },
                (Object) ids);
        var letters = new TreeMap<Long, Letter>();
        jdbc.query(
                "select * from letters.letter where id = any(?)",
                rs -> {
                    long id = rs.getLong("id");
                    letters.put(
                            id,
                            new Letter(
                                    id,
                                    rs.getLong("organising_caucus"),
                                    LetterStatus.valueOf(rs.getString("status")),
                                    rs.getBoolean("illustrative"),
                                    rs.getString("created_by"),
                                    rs.getTimestamp("created_at").toInstant(),
                                    instant(rs, "opened_at"),
                                    instant(rs, "locked_at"),
                                    instant(rs, "published_at"),
                                    versions.getOrDefault(id, List.of()),
                                    invited.getOrDefault(id, List.of()),
                                    askIds.getOrDefault(id, List.of())));
                },
                (Object) ids);
        return rows.stream().map(letters::get).toList();
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private Signature signature(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Signature(
                rs.getLong("id"),
                rs.getLong("letter_id"),
                rs.getLong("person_id"),
                rs.getString("signatory_name"),
                rs.getString("constituency"),
                rs.getString("caucuses"),
                rs.getInt("version"),
                rs.getTimestamp("signed_at").toInstant(),
                accounts.actorName(rs.getString("recorded_by")),
                rs.getString("confirmation"),
                instant(rs, "withdrawn_at"),
                accounts.actorName(rs.getString("withdrawn_by")),
                rs.getString("withdrawal_note"));
    }
}
