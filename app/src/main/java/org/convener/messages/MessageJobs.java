package org.convener.messages;

import org.convener.platform.audit.AuditActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends scheduled messages when their time comes; claimed with a row lock, so one instance sends each. */
@Component
class MessageJobs {

    private static final Logger log = LoggerFactory.getLogger(MessageJobs.class);

    private final GroupMessages messages;

    MessageJobs(GroupMessages messages) {
        this.messages = messages;
    }

    @Scheduled(initialDelay = 30, fixedDelay = 30, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void sendScheduled() {
        int sent = AuditActor.as("scheduled send", messages::sendDue);
        if (sent > 0) {
            log.info("Sent {} scheduled group messages", sent);
        }
    }
}
