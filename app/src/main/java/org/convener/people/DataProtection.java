package org.convener.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights over their record: everything held about them, erasure, and the retention
 * period after which those who left are erased.
 */
@Service
public class DataProtection {

    private final People people;
    private final PersonStore store;
    private final AuditLog audit;
    private final Accounts accounts;
    // providers, because the modules that implement these depend on People in turn
    private final ObjectProvider<PersonRecords> records;
    private final ObjectProvider<PersonActivity> activity;
    private final Clock clock;

    DataProtection(
            People people,
            PersonStore store,
            AuditLog audit,
            Accounts accounts,
            ObjectProvider<PersonRecords> records,
            ObjectProvider<PersonActivity> activity,
            Clock clock) {
        this.people = people;
        this.store = store;
        this.audit = audit;
        this.accounts = accounts;
        this.records = records;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * Erases a person: personal fields emptied, tags and consent removed, any account disabled,
     * and the audit log's personal values for them made unreadable. Memberships and posts held
     * stay, anonymous, so counts and histories remain true.
     */
    @Transactional
    public void erase(long id) {
        Person person = people.find(id).orElseThrow(() -> new IllegalArgumentException("no person " + id));
        if (person.erased()) {
            return;
        }
        // the other modules first, while they can still read what the record said
        records.orderedStream().forEach(r -> r.erase(id));
        store.erase(id, clock.instant());
        accounts.forgetPerson(id);
        audit.forget(AuditLog.person(id));
        audit.record(
                "erased", "person", id, null, null, Map.of("kind", person.kind().name()));
    }

    /** Everything held about a person, for a subject access request. */
    public Map<String, Object> export(long id) {
        Person person = people.find(id).orElseThrow(() -> new IllegalArgumentException("no person " + id));
        var data = new LinkedHashMap<String, Object>();
        data.put("exportedAt", clock.instant().toString());
        data.put("person", person.audited());
        data.put(
                "consent",
                people.consentHistory(id).stream().map(Consent::exported).toList());
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
        Set<Long> active = new HashSet<>();
        Map<Long, LocalDate> left = new HashMap<>();
        activity.orderedStream().forEach(a -> {
            active.addAll(a.active());
            a.leftOn().forEach((person, day) -> left.merge(person, day, (x, y) -> x.isAfter(y) ? x : y));
        });
        var due = new ArrayList<Person>();
        // MPs come from the public Members list; stakeholders are public figures kept while the caucuses work with them
        for (Person p : store.retainable()) {
            if (active.contains(p.id())
                    || accounts.forPerson(p.id()).map(a -> a.enabled()).orElse(false)) {
                continue;
            }
            LocalDate since = left.getOrDefault(
                    p.id(), p.createdAt().atZone(ZoneId.systemDefault()).toLocalDate());
            if (since.isBefore(cutoff)) {
                due.add(p);
            }
        }
        return due;
    }
}
