package org.convener.votes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.platform.imports.DatasetImported;
import org.convener.platform.imports.DatasetImports;
import org.convener.seats.SeatIntelligence;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link VoteRecord} in memory and builds it again after any import, here or by the
 * command line in another process.
 */
@Component
class VoteRecords {

    /** How often to ask whether another process (the command line) has imported new data. */
    private static final long RECHECK_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    private final VoteStore store;
    private final SeatIntelligence seats;
    private final People people;
    private final DatasetImports imports;
    private final AtomicReference<Built> built = new AtomicReference<>();

    VoteRecords(VoteStore store, SeatIntelligence seats, People people, DatasetImports imports) {
        this.store = store;
        this.seats = seats;
        this.people = people;
        this.imports = imports;
    }

    VoteRecord current() {
        Built now = built.get();
        if (now != null && System.nanoTime() - now.checkedAt() < RECHECK_NANOS) {
            return now.record();
        }
        Optional<Instant> version = imports.lastImport();
        if (now != null && now.version().equals(version)) {
            built.compareAndSet(now, new Built(version, now.record(), System.nanoTime()));
            return now.record();
        }
        var persons = new HashMap<Integer, Long>();
        for (Person mp : people.mps()) {
            if (mp.parliamentMemberId() != null) {
                persons.put(mp.parliamentMemberId(), mp.id());
            }
        }
        var record = VoteRecord.of(store.divisions(), store.votes(), store.names(), MpRoll.of(seats.seats()), persons);
        built.set(new Built(version, record, System.nanoTime()));
        return record;
    }

    /** After the people module has recorded any new MPs from the same import. */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(DatasetImported event) {
        built.set(null);
    }

    private record Built(Optional<Instant> version, VoteRecord record, long checkedAt) {}
}
