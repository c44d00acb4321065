package org.convener.letters;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convener.engagements.Caucuses;
import org.convener.engine.ConstituencyCode;
import org.convener.groups.Group;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonKind;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.audit.AuditLog;
import org.convener.seats.SeatIntelligence;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may sign an open letter, their signatures, and signatures withdrawn. */
@Service
public class Signatures {

    private final LetterStore store;
    private final Letters letters;
    private final Caucuses caucuses;
    private final People people;
    private final SeatIntelligence seats;
    private final AuditLog audit;
    private final Clock clock;

    Signatures(
            LetterStore store,
            Letters letters,
            Caucuses caucuses,
            People people,
            SeatIntelligence seats,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.letters = letters;
        this.caucuses = caucuses;
        this.people = people;
        this.seats = seats;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every signature, live and withdrawn, in the order given. */
    public List<Signature> signatures(long letterId) {
        return store.signatures(letterId);
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

    /**
     * An MP's signature. An MP signs once (a withdrawn signature may be given again); an officer
     * recording it for them must say how the MP confirmed.
     *
     * @param confirmation how the MP confirmed, when someone else records it; {@code null} when they sign themself
     */
    @Transactional
    public Signature sign(long letterId, long personId, String confirmation) {
        Letter letter = letters.locked(letterId);
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
        long id = store.insertSignature(
                letter,
                personId,
                mp.fullName(),
                constituency,
                String.join("; ", through.stream().map(Group::name).toList()),
                AuditActor.who(),
                self ? null : confirmed,
                clock.instant(),
                mp.displayName() + " has already signed");
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
                store.signature(signatureId).orElseThrow(() -> new IllegalArgumentException("no such signature"));
        Letter letter = letters.locked(signature.letterId());
        letter.checkCanWithdraw();
        if (!signature.live()) {
            throw new IllegalStateException("that signature was already withdrawn");
        }
        store.withdrawSignature(
                signatureId, AuditActor.who(), note == null || note.isBlank() ? null : note.trim(), clock.instant());
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
}
