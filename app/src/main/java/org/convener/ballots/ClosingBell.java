package org.convener.ballots;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Counts each contest soon after its voting closes, whether or not anyone is looking. */
@Component
class ClosingBell {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingBell.class);

    private final BallotBox box;

    ClosingBell(BallotBox box) {
        this.box = box;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    @SchedulerLock(name = "closing-bell", lockAtLeastFor = "PT30S", lockAtMostFor = "PT10M")
    public void countClosed() {
        for (long id : box.dueForCount()) {
            try {
                box.countIfDue(id);
            } catch (RuntimeException e) {
                // the message names the contest and what is wrong (such as a missing key), never a vote
                LOG.error("contest {} could not be counted: {}", id, e.getMessage());
            }
        }
    }
}
