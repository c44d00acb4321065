package org.convener.people;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.convener.platform.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When retention is automatic, erases each night the people past the retention period. */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final DataProtection dataProtection;
    private final RetentionSettings settings;

    RetentionJob(DataProtection dataProtection, RetentionSettings settings) {
        this.dataProtection = dataProtection;
        this.settings = settings;
    }

    @Scheduled(cron = "0 30 3 * * *")
    @SchedulerLock(name = "retention", lockAtLeastFor = "PT5M")
    public void nightly() {
        if (!settings.automatic()) {
            return;
        }
        AuditActor.as("retention", () -> {
            var due = dataProtection.dueForErasure(settings.months());
            due.forEach(p -> dataProtection.erase(p.id()));
            if (!due.isEmpty()) {
                log.info("Erased {} people past the {}-month retention period", due.size(), settings.months());
            }
        });
    }
}
