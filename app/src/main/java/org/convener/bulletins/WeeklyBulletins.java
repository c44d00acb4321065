package org.convener.bulletins;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.convener.platform.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drafts every caucus's bulletin for the week, once a week at the configured time
 * ({@code convener.bulletins.cron}, Mondays at 07:00 London time unless set). Several instances of
 * Convener may share one database: a lock in that database (ShedLock) lets exactly one of them
 * run it, and each run is recorded with its instance and outcome for administrators to see.
 */
@Component
public class WeeklyBulletins {

    static final String JOB = "weekly-bulletins";
    private static final Logger log = LoggerFactory.getLogger(WeeklyBulletins.class);

    private final Bulletins bulletins;
    private final BulletinStore store;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    WeeklyBulletins(Bulletins bulletins, BulletinStore store, Clock clock) {
        this.bulletins = bulletins;
        this.store = store;
        this.clock = clock;
    }

    /** Runs on one instance only; the lock is held at least ten minutes, so instances whose clocks differ a little still run it once. */
    @Scheduled(cron = "${convener.bulletins.cron:0 0 7 * * MON}", zone = "Europe/London")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
    public void run() {
        long id = store.runStarted(JOB, instance, clock.instant());
        try {
            int drafted = AuditActor.as("weekly bulletins", () -> bulletins.draftAll(bulletins.today()));
            store.runFinished(
                    id, true, drafted + (drafted == 1 ? " bulletin drafted" : " bulletins drafted"), clock.instant());
        } catch (RuntimeException e) {
            log.error("The weekly bulletins failed", e);
            store.runFinished(id, false, String.valueOf(e.getMessage()), clock.instant());
        }
    }
}
