package org.convener.engagements;

import java.util.Set;
import org.convener.groups.GroupManagers;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.mail.NotificationKind;
import org.convener.platform.mail.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells a caucus's officers when one of its asks moves (in the transaction of the move), and the
 * owner of a follow-up once when it becomes overdue (checked every hour; the notification's key
 * makes "once" hold across runs and instances).
 */
@Component
class EngagementNotices {

    private static final Logger log = LoggerFactory.getLogger(EngagementNotices.class);

    static final NotificationKind ASK_MOVED = new NotificationKind(
            "ask-moved",
            "An ask of your caucus moves",
            "When an ask of a caucus you are an officer of is raised, acknowledged, committed to, delivered, refused or dropped.",
            NotificationKind.Delivery.DIGEST);

    static final NotificationKind FOLLOW_UP_OVERDUE = new NotificationKind(
            "follow-up-overdue",
            "A follow-up of yours is overdue",
            "Once, on the day after a follow-up you own was due, if it is not done.",
            NotificationKind.Delivery.IMMEDIATE);

    private final Asks asks;
    private final Engagements engagements;
    private final Caucuses caucuses;
    private final GroupManagers managers;
    private final Notifications notifications;
    private final org.convener.platform.accounts.Accounts accounts;

    EngagementNotices(
            Asks asks,
            Engagements engagements,
            Caucuses caucuses,
            GroupManagers managers,
            Notifications notifications,
            org.convener.platform.accounts.Accounts accounts) {
        this.accounts = accounts;
        this.asks = asks;
        this.engagements = engagements;
        this.caucuses = caucuses;
        this.managers = managers;
        this.notifications = notifications;
    }

    @Bean
    static NotificationKind askMovedNotice() {
        return ASK_MOVED;
    }

    @Bean
    static NotificationKind followUpOverdueNotice() {
        return FOLLOW_UP_OVERDUE;
    }

    @EventListener
    void moved(AskMoved event) {
        Ask ask = asks.find(event.askId()).orElseThrow();
        Long mover = CurrentUser.get().map(CurrentUser::personId).orElse(null);
        String subject = "“" + ask.title() + "” is now " + event.to().label().toLowerCase();
        String body = "The " + caucuses.name(event.caucusId()) + " ask “" + ask.title() + "” moved from "
                + event.from().label().toLowerCase() + " to "
                + event.to().label().toLowerCase() + " on "
                + event.on() + ".\n\nWhy: " + event.reason() + "\nRecorded by " + accounts.actorName(AuditActor.who())
                + ".";
        int move = asks.transitions(event.askId()).size();
        for (long officer : managers.of(event.caucusId())) {
            if (mover != null && mover == officer) {
                continue;
            }
            notifications.tell(
                    ASK_MOVED,
                    officer,
                    "ask:" + event.askId() + ":move:" + move,
                    new Notifications.Notice(subject, body, "/asks/" + event.askId(), null));
        }
    }

    @Scheduled(initialDelay = 60, fixedDelay = 3600, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void hourly() {
        int told = AuditActor.as("follow up reminders", this::tellOverdue);
        if (told > 0) {
            log.info("Told {} owners of overdue follow-ups", told);
        }
    }

    /** Tells the owner of every overdue follow-up not told yet; returns how many were told now. */
    int tellOverdue() {
        Set<Long> all = new java.util.HashSet<>();
        caucuses.all().forEach(c -> all.add(c.id()));
        int told = 0;
        for (Engagement.FollowUp followUp : engagements.overdue(all)) {
            var engagement = engagements.find(followUp.engagementId()).orElse(null);
            String body = "“" + followUp.action() + "” was due on " + followUp.dueOn()
                    + (engagement == null ? "" : ", after " + engagement.title())
                    + ", and is not marked done.\n\nMark it done when it is, or ask an officer to change it.";
            if (notifications.tell(
                    FOLLOW_UP_OVERDUE,
                    followUp.ownerId(),
                    "follow-up:" + followUp.id(),
                    new Notifications.Notice("Overdue: " + followUp.action(), body, "/follow-ups", null))) {
                told++;
            }
        }
        return told;
    }
}
