package org.convener.bulletins;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.groups.Group;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditLog;
import org.convener.platform.mail.MailCategory;
import org.convener.platform.mail.Outbox;
import org.convener.platform.mail.OutgoingMessage;
import org.convener.shared.Format;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caucus's weekly bulletins: drafted from its record (by the weekly job or an officer), given an
 * introduction and approved by an officer, then published as a page, a PDF and an email to the
 * members who consent to email. A published bulletin never changes; the database refuses it too.
 */
@Service
public class Bulletins {

    private final BulletinStore store;
    private final BulletinAssembly assembly;
    private final CaucusAccess caucuses;
    private final Groups groups;
    private final People people;
    private final Outbox outbox;
    private final BulletinPages pages;
    private final AuditLog audit;
    private final Clock clock;

    Bulletins(
            BulletinStore store,
            BulletinAssembly assembly,
            CaucusAccess caucuses,
            Groups groups,
            People people,
            Outbox outbox,
            BulletinPages pages,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.assembly = assembly;
        this.caucuses = caucuses;
        this.groups = groups;
        this.people = people;
        this.outbox = outbox;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The Monday of the week {@code day} falls in: a bulletin's week. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Format.LONDON));
    }

    /** The bulletins a user may read: published public ones; members-only to those who see the caucus; drafts to those who run it. */
    public List<Bulletin> archive(Group caucus, Optional<CurrentUser> user) {
        boolean sees = caucuses.sees(user, caucus.id());
        boolean runs = caucuses.runs(user, caucus.id());
        return store.bulletins(caucus.id()).stream()
                .filter(b -> runs || (b.published() && (b.isPublic() || sees)))
                .toList();
    }

    public Optional<Bulletin> find(Group caucus, LocalDate week) {
        return store.bulletin(caucus.id(), weekOf(week));
    }

    public boolean mayRead(Bulletin bulletin, Optional<CurrentUser> user) {
        if (caucuses.runs(user, bulletin.caucusId())) {
            return true;
        }
        return bulletin.published() && (bulletin.isPublic() || caucuses.sees(user, bulletin.caucusId()));
    }

    /** The figures for a week as they stand now, without keeping them. */
    public Figures assemble(Group caucus, LocalDate week) {
        LocalDate monday = weekOf(week);
        LocalDate end = monday.plusDays(6);
        LocalDate today = today();
        return assembly.assemble(caucus, monday, end.isBefore(today) ? end : today);
    }

    /** Drafts (or re-assembles) the bulletin of a week, for an officer. */
    @Transactional
    public Bulletin draft(CurrentUser user, Group caucus, LocalDate week) {
        caucuses.requireRuns(user, caucus.id());
        return draft(caucus, week);
    }

    /** Drafts or re-assembles a week's bulletin; a published one stays as it is. */
    @Transactional
    public Bulletin draft(Group caucus, LocalDate week) {
        LocalDate monday = weekOf(week);
        Figures figures = assemble(caucus, monday);
        var existing = store.bulletin(caucus.id(), monday);
        if (existing.isPresent()) {
            existing.get().checkEditable();
            store.reassemble(existing.get().id(), figures, clock.instant());
            audit.record(
                    "bulletin.reassembled",
                    "bulletin",
                    existing.get().id(),
                    null,
                    null,
                    Map.of("week", monday.toString()));
        } else {
            long id = store.insertDraft(caucus.id(), monday, figures, false, clock.instant());
            audit.record(
                    "bulletin.drafted",
                    "bulletin",
                    id,
                    null,
                    null,
                    Map.of("caucus", caucus.slug(), "week", monday.toString()));
        }
        return store.bulletin(caucus.id(), monday).orElseThrow();
    }

    /**
     * The weekly job's work: this week's draft for every caucus that has none yet, or only a draft
     * (an approved or published one is left as it is).
     *
     * @return how many drafts were assembled
     */
    @Transactional
    public int draftAll(LocalDate week) {
        int drafted = 0;
        for (Group caucus : caucuses.all()) {
            var existing = store.bulletin(caucus.id(), weekOf(week));
            if (existing.isEmpty() || existing.get().status() == Bulletin.Status.DRAFT) {
                draft(caucus, week);
                drafted++;
            }
        }
        return drafted;
    }

    /** The officer's introduction and who may read it; an approved bulletin returns to draft. */
    @Transactional
    public Bulletin edit(CurrentUser user, Bulletin bulletin, String intro, boolean isPublic) {
        caucuses.requireRuns(user, bulletin.caucusId());
        bulletin.checkEditable();
        String text = intro == null ? "" : intro.strip();
        if (text.length() > 5000) {
            throw new IllegalArgumentException("keep the introduction under 5,000 characters");
        }
        store.edit(bulletin.id(), text, isPublic);
        audit.record(
                "bulletin.edited",
                "bulletin",
                bulletin.id(),
                null,
                Map.of("intro", bulletin.intro(), "public", bulletin.isPublic()),
                Map.of("intro", text, "public", isPublic));
        return reload(bulletin);
    }

    @Transactional
    public Bulletin approve(CurrentUser user, Bulletin bulletin) {
        caucuses.requireRuns(user, bulletin.caucusId());
        bulletin.checkEditable();
        if (bulletin.status() == Bulletin.Status.APPROVED) {
            throw new IllegalStateException("the bulletin is approved already");
        }
        store.approve(bulletin.id(), user.accountId(), clock.instant());
        audit.record(
                "bulletin.approved",
                "bulletin",
                bulletin.id(),
                null,
                null,
                Map.of("week", bulletin.week().toString()));
        return reload(bulletin);
    }

    /**
     * Publishes an approved bulletin: its page and PDF are fixed from now on, and a copy goes to
     * every member of the caucus who consents to email, through the outbox.
     *
     * @return how many members it was sent to
     */
    @Transactional
    public int publish(CurrentUser user, Bulletin bulletin) {
        caucuses.requireRuns(user, bulletin.caucusId());
        bulletin.checkPublishable();
        store.publish(bulletin.id(), clock.instant());
        Bulletin published = reload(bulletin);
        int sent = send(published);
        audit.record(
                "bulletin.published",
                "bulletin",
                bulletin.id(),
                null,
                null,
                Map.of("week", bulletin.week().toString(), "public", bulletin.isPublic(), "emailed", sent));
        return sent;
    }

    /** The caucus's members who receive its bulletin by email: a given, unwithdrawn consent and an address that has not bounced. */
    public List<Person> recipients(long caucusId) {
        var ids = groups.currentMemberships(caucusId).stream()
                .map(Membership::personId)
                .distinct()
                .toList();
        var reached = new ArrayList<Person>();
        for (Person person : people.findAll(ids)) {
            var consent = people.consents(person.id()).get(Channel.EMAIL);
            if (!person.erased()
                    && person.email() != null
                    && consent != null
                    && consent.granted()
                    && !outbox.suppressed(person.email())) {
                reached.add(person);
            }
        }
        return reached;
    }

    private int send(Bulletin bulletin) {
        Group caucus = caucuses.find(bulletin.caucusId()).orElseThrow();
        String subject = caucus.name() + ": the week of " + Format.date(bulletin.week());
        String html = pages.emailHtml(bulletin);
        String text = pages.text(bulletin);
        int sent = 0;
        for (Person person : recipients(caucus.id())) {
            outbox.queue(OutgoingMessage.of(
                            MailCategory.BULK,
                            "bulletin:" + bulletin.id(),
                            person.id(),
                            person.email(),
                            person.displayName(),
                            subject,
                            text)
                    .withHtml(html));
            sent++;
        }
        return sent;
    }

    private Bulletin reload(Bulletin bulletin) {
        return store.bulletin(bulletin.caucusId(), bulletin.week()).orElseThrow();
    }

    /** Recent runs of the weekly job, newest first, for administrators. */
    public List<JobRun> runs() {
        return store.runs(100);
    }

    /** For the demonstration: a past week's bulletin, published as it would have been. */
    @Transactional
    public void publishedForDemo(Group caucus, LocalDate week, String intro) {
        LocalDate monday = weekOf(week);
        if (store.bulletin(caucus.id(), monday).isPresent()) {
            return;
        }
        store.insertPublished(
                caucus.id(), monday, assembly.assemble(caucus, monday, monday.plusDays(6)), intro, clock.instant());
    }
}
