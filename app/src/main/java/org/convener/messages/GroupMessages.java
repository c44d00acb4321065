package org.convener.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.engine.ConstituencyCode;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.groups.Role;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.platform.CurrentUser;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.mail.MailCategory;
import org.convener.platform.mail.Outbox;
import org.convener.platform.mail.OutboxMessage;
import org.convener.platform.mail.OutgoingMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to a group's members: drafted, previewed, tried on oneself, then sent at once or at a
 * chosen time. Only members whose email consent is given and not withdrawn, and whose address has
 * not bounced, receive one; each copy is a row of the outbox queued in the sending transaction.
 */
@Service
public class GroupMessages {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;
    /** How far ahead a message may be scheduled. */
    public static final Duration FURTHEST = Duration.ofDays(90);

    private final MessageStore store;
    private final Groups groups;
    private final People people;
    private final PersonAccess access;
    private final Accounts accounts;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    GroupMessages(
            MessageStore store,
            Groups groups,
            People people,
            PersonAccess access,
            Accounts accounts,
            Outbox outbox,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.groups = groups;
        this.people = people;
        this.access = access;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<GroupMessage> find(long id) {
        return store.find(id);
    }

    public List<GroupMessage> of(long groupId) {
        return store.ofGroup(groupId);
    }

    /**
     * Whom a message to this audience would reach now, and whom not, and why. A writer reaches only
     * members whose record they may see: writing to a group is not a way to reach anyone else.
     */
    public Reach reach(long groupId, Audience audience, CurrentUser writer) {
        var open = access.recordsSeenBy(writer);
        var ids = new java.util.LinkedHashSet<Long>();
        for (Membership m : groups.currentMemberships(groupId)) {
            if (audience.role() == null || m.role() == audience.role()) {
                ids.add(m.personId());
            }
        }
        var included = new ArrayList<Person>();
        var leftOut = new ArrayList<Reach.LeftOut>();
        for (Person person : people.findAll(ids)) {
            if (person.erased()
                    || (audience.tag() != null && !person.tags().contains(audience.tag()))
                    || (audience.constituency() != null
                            && !audience.constituency().equals(person.constituencyCode()))) {
                continue;
            }
            var consent = people.consents(person.id()).get(Channel.EMAIL);
            if (!open.test(person)) {
                leftOut.add(new Reach.LeftOut(person, Reach.NOT_OPEN));
            } else if (person.email() == null) {
                leftOut.add(new Reach.LeftOut(person, Reach.NO_ADDRESS));
            } else if (consent == null) {
                leftOut.add(new Reach.LeftOut(person, Reach.NO_CONSENT));
            } else if (!consent.granted()) {
                leftOut.add(new Reach.LeftOut(person, Reach.WITHDRAWN));
            } else if (outbox.suppressed(person.email())) {
                leftOut.add(new Reach.LeftOut(person, Reach.SUPPRESSED));
            } else {
                included.add(person);
            }
        }
        return new Reach(included, leftOut);
    }

    @Transactional
    public GroupMessage draft(long groupId, String subject, String body, Audience audience, CurrentUser author) {
        Group group = groups.find(groupId).orElseThrow(() -> new IllegalArgumentException("no such group"));
        check(group, subject, body, audience);
        long id = store.insert(groupId, subject.trim(), body.strip(), audience, author.accountId(), clock.instant());
        audit.record(
                "drafted",
                "group message",
                id,
                null,
                null,
                describe(store.find(id).orElseThrow()));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public GroupMessage revise(long id, String subject, String body, Audience audience) {
        GroupMessage message = store.lock(id).orElseThrow(() -> new IllegalArgumentException("no such message"));
        message.checkEditable();
        check(groups.find(message.groupId()).orElseThrow(), subject, body, audience);
        store.update(id, subject.trim(), body.strip(), audience, clock.instant());
        return store.find(id).orElseThrow();
    }

    /** A copy to the writer's own address, marked as a test, without an unsubscribe link. */
    @Transactional
    public long sendTest(long id, CurrentUser writer) {
        GroupMessage message = store.find(id).orElseThrow(() -> new IllegalArgumentException("no such message"));
        Group group = groups.find(message.groupId()).orElseThrow();
        return outbox.queue(new OutgoingMessage(
                MailCategory.TEST,
                "group-message:" + id + ":test",
                writer.personId(),
                null,
                writer.email(),
                null,
                "[Test] " + message.subject(),
                "This is a test copy, sent only to you. Members' copies end with a link to unsubscribe.\n\n"
                        + text(message, group),
                html(message, group),
                null,
                null,
                null));
    }

    /**
     * Sends a draft (or a scheduled message) now: one outbox message per person it reaches, all
     * in this transaction, and the message marked sent.
     *
     * @param expected how many the writer was told it would reach; if that has changed, nothing is sent
     * @throws IllegalStateException when the message is not a draft or scheduled, or the audience changed
     */
    @Transactional
    public GroupMessage send(long id, Integer expected, CurrentUser sender) {
        GroupMessage message = store.lock(id).orElseThrow(() -> new IllegalArgumentException("no such message"));
        message.checkSendable();
        Group group = groups.find(message.groupId()).orElseThrow();
        Reach reach = reach(group.id(), message.audience(), sender);
        if (expected != null && expected != reach.included().size()) {
            throw new IllegalStateException("who will receive it changed since you looked: it would now go to "
                    + reach.included().size() + ", not " + expected + "; check and send again");
        }
        if (reach.included().isEmpty()) {
            throw new IllegalStateException("nobody in the audience can receive it; see who is left out and why");
        }
        String text = text(message, group);
        String html = html(message, group);
        for (Person person : reach.included()) {
            long outboxId = outbox.queue(new OutgoingMessage(
                    MailCategory.BULK,
                    "group-message:" + id,
                    person.id(),
                    null,
                    person.email(),
                    person.fullName(),
                    message.subject(),
                    text,
                    html,
                    null,
                    null,
                    null));
            store.addRecipient(id, person.id(), outboxId);
        }
        store.sent(id, reach.included().size(), reach.leftOut().size(), clock.instant());
        GroupMessage sent = store.find(id).orElseThrow();
        var values = describe(sent);
        values.put("recipients", reach.included().size());
        values.put("leftOut", reach.reasons());
        audit.record("sent", "group message", id, null, null, values);
        return sent;
    }

    @Transactional
    public GroupMessage schedule(long id, Instant at, CurrentUser writer) {
        GroupMessage message = store.lock(id).orElseThrow(() -> new IllegalArgumentException("no such message"));
        message.checkEditable();
        Instant now = clock.instant();
        if (at == null || !at.isAfter(now)) {
            throw new IllegalArgumentException("choose a time in the future, or send it now");
        }
        if (at.isAfter(now.plus(FURTHEST))) {
            throw new IllegalArgumentException(
                    "a message can be scheduled at most " + FURTHEST.toDays() + " days ahead");
        }
        if (reach(message.groupId(), message.audience(), writer).included().isEmpty()) {
            throw new IllegalStateException("nobody in the audience can receive it; see who is left out and why");
        }
        store.status(id, MessageStatus.SCHEDULED, at, now);
        audit.record(
                "scheduled",
                "group message",
                id,
                null,
                null,
                Map.of("for", at.toString(), "subject", message.subject()));
        return store.find(id).orElseThrow();
    }

    /** A scheduled message goes back to being a draft. */
    @Transactional
    public GroupMessage unschedule(long id) {
        GroupMessage message = store.lock(id).orElseThrow(() -> new IllegalArgumentException("no such message"));
        if (message.status() != MessageStatus.SCHEDULED) {
            throw new IllegalStateException("the message is not scheduled");
        }
        store.status(id, MessageStatus.DRAFT, null, clock.instant());
        audit.record("unscheduled", "group message", id, null, null, Map.of("subject", message.subject()));
        return store.find(id).orElseThrow();
    }

    @Transactional
    public void discard(long id) {
        GroupMessage message = store.lock(id).orElseThrow(() -> new IllegalArgumentException("no such message"));
        message.checkEditable();
        store.status(id, MessageStatus.CANCELLED, null, clock.instant());
        audit.record("discarded", "group message", id, null, null, Map.of("subject", message.subject()));
    }

    /** Sends the scheduled messages whose time has come; returns how many. */
    @Transactional
    public int sendDue() {
        int sent = 0;
        for (long id : store.claimDue(clock.instant(), 20)) {
            try {
                send(id, null, writerOf(store.find(id).orElseThrow()));
                sent++;
            } catch (IllegalStateException e) {
                // nobody can receive it any more: it goes back to the drafts for its writer to see
                store.status(id, MessageStatus.DRAFT, null, clock.instant());
                audit.record("not sent", "group message", id, null, null, Map.of("reason", e.getMessage()));
            }
        }
        return sent;
    }

    /** Whom a scheduled message is sent as when its time comes: the account that wrote it, as it is then. */
    private CurrentUser writerOf(GroupMessage message) {
        return accounts.find(message.createdBy())
                .filter(org.convener.platform.accounts.Account::enabled)
                .map(a -> new CurrentUser(
                        a.id(),
                        a.email(),
                        a.personId(),
                        a.admin() ? java.util.Set.of(CurrentUser.ADMIN) : java.util.Set.of()))
                .orElse(new CurrentUser(0, "", null, java.util.Set.of()));
    }

    /** Each recipient of a sent message with the state of their copy. */
    public List<RecipientState> recipients(long id) {
        var rows = store.recipients(id);
        Map<Long, OutboxMessage> copies =
                outbox.byIds(rows.stream().map(MessageStore.Recipient::outboxId).toList());
        var names = new java.util.HashMap<Long, Person>();
        people.findAll(rows.stream().map(MessageStore.Recipient::personId).toList())
                .forEach(p -> names.put(p.id(), p));
        var states = new ArrayList<RecipientState>();
        for (var row : rows) {
            OutboxMessage copy = copies.get(row.outboxId());
            Person person = names.get(row.personId());
            String state = row.unsubscribedAt() != null
                    ? "Unsubscribed"
                    : copy == null ? "Unknown" : copy.status().label();
            states.add(new RecipientState(
                    row.personId(),
                    person == null ? "#" + row.personId() : person.displayName(),
                    copy == null ? null : copy.toAddress(),
                    state,
                    copy == null ? null : copy.reason(),
                    copy == null ? null : copy.sentAt()));
        }
        return states;
    }

    /** A recipient's copy, as the message page shows it. */
    public record RecipientState(
            long personId, String name, String address, String state, String reason, Instant sentAt) {}

    public String html(GroupMessage message, Group group) {
        return Markdown.html(message.body())
                + "<p style=\"font-size:small;color:#555\">You receive this as a member of "
                + org.jsoup.nodes.Entities.escape(group.name()) + ", through Convener.</p>";
    }

    public String text(GroupMessage message, Group group) {
        return Markdown.text(message.body()) + "\n\nYou receive this as a member of " + group.name()
                + ", through Convener.";
    }

    /** Tags among a group's current members, for filtering. */
    public List<String> tags(long groupId) {
        var tags = new java.util.TreeSet<String>();
        people.findAll(groups.currentMemberships(groupId).stream()
                        .map(Membership::personId)
                        .toList())
                .forEach(p -> tags.addAll(p.tags()));
        return List.copyOf(tags);
    }

    /** Constituencies among a group's current members, for filtering. */
    public List<String> constituencies(long groupId) {
        var codes = new java.util.TreeSet<String>();
        people.findAll(groups.currentMemberships(groupId).stream()
                        .map(Membership::personId)
                        .toList())
                .forEach(p -> {
                    if (p.constituencyCode() != null) {
                        codes.add(p.constituencyCode());
                    }
                });
        return List.copyOf(codes);
    }

    private void check(Group group, String subject, String body, Audience audience) {
        if (subject == null || subject.isBlank() || subject.trim().length() > SUBJECT_MAX) {
            throw new IllegalArgumentException("a message needs a subject of up to " + SUBJECT_MAX + " characters");
        }
        if (body == null || body.isBlank() || body.length() > BODY_MAX) {
            throw new IllegalArgumentException("a message needs its text, in up to 20,000 characters");
        }
        if (audience.role() != null && !List.of(Role.of(group.kind())).contains(audience.role())) {
            throw new IllegalArgumentException(group.kind().label().toLowerCase() + "s have no "
                    + audience.role().label().toLowerCase() + "s");
        }
        if (audience.constituency() != null && !ConstituencyCode.isValid(audience.constituency())) {
            throw new IllegalArgumentException("\"" + audience.constituency() + "\" is not a constituency code");
        }
    }

    private static Map<String, Object> describe(GroupMessage m) {
        var values = new LinkedHashMap<String, Object>();
        values.put("group", m.groupId());
        values.put("subject", m.subject());
        var audience = new LinkedHashMap<String, Object>();
        audience.put(
                "role", m.audience().role() == null ? null : m.audience().role().name());
        audience.put("tag", m.audience().tag());
        audience.put("constituency", m.audience().constituency());
        values.put("audience", audience);
        return values;
    }
}
