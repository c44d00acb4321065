package org.convener.people;

import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImported;
import org.convener.seats.Seat;
import org.convener.seats.SeatIntelligence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Seeds and refreshes the MPs' records from the imported Members list. */
@Component
class MpRegister {

    private static final Logger log = LoggerFactory.getLogger(MpRegister.class);

    /** Fewer MPs than this on record means an earlier sync did not finish. */
    private static final int MOST_MPS = 600;

    private final People people;
    private final SeatIntelligence seats;
    private final JdbcTemplate jdbc;

    MpRegister(People people, SeatIntelligence seats, JdbcTemplate jdbc) {
        this.people = people;
        this.seats = seats;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(DatasetImported event) {
        if (event.datasetId().equals("mps")) {
            sync();
        }
    }

    /**
     * A database imported before people were kept gets its MPs when the server next starts (not
     * on every command: a command imports through {@link #on(DatasetImported)}).
     */
    @EventListener(WebServerInitializedEvent.class)
    void onStart() {
        Integer mps = jdbc.queryForObject("select count(*) from people.person where kind = 'MP'", Integer.class);
        if (mps != null && mps < MOST_MPS && seats.hasResults()) {
            sync();
        }
    }

    int sync() {
        int changed = AuditActor.as("members list", () -> {
            int n = 0;
            for (Seat seat : seats.seats()) {
                if (seat.mp() != null && seat.mp().memberId() != null) {
                    try {
                        n += people.syncMp(
                                seat.mp().memberId(),
                                seat.mp().name(),
                                seat.code(),
                                seat.mp().email());
                    } catch (IllegalArgumentException e) {
                        // one odd entry in the Members list must not keep the other MPs out
                        log.warn("Could not record the MP for {}: {}", seat.name(), e.getMessage());
                    }
                }
            }
            return n;
        });
        if (changed > 0) {
            log.info("Recorded {} MPs from the Members list", changed);
        }
        return changed;
    }
}
