package org.convener.seats;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.engine.Region;
import org.convener.platform.imports.DatasetImported;
import org.convener.platform.imports.DatasetImports;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * What Convener knows about the seats, for pages, the command line and other modules. The official
 * record changes only on import, so it is read once and kept until the next import.
 */
@Service
public class SeatIntelligence {

    /** How often to ask whether another process (the command line) has imported new data. */
    private static final long RECHECK_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    private final SeatRepository repository;
    private final DatasetImports datasets;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong imports = new java.util.concurrent.atomic.AtomicLong();

    SeatIntelligence(SeatRepository repository, DatasetImports datasets) {
        this.repository = repository;
        this.datasets = datasets;
    }

    /** Every seat with a 2024 result, by name. */
    public List<Seat> seats() {
        return snapshot().seats();
    }

    public boolean hasResults() {
        return !seats().isEmpty();
    }

    public Optional<Seat> seat(ConstituencyCode code) {
        return Optional.ofNullable(snapshot().byCode().get(code.value()));
    }

    /**
     * The one check that a code given by a user names a 2024 constituency.
     *
     * @throws IllegalArgumentException saying so, when it does not
     */
    public void checkConstituency(String code) {
        if (!ConstituencyCode.isValid(code) || seat(ConstituencyCode.of(code)).isEmpty()) {
            throw new IllegalArgumentException("\"" + code + "\" is not a 2024 constituency code");
        }
    }

    /**
     * The code of the seat a form was given, by its code or its name as written ("Bassetlaw",
     * any case); a blank stays {@code null}, and anything else is returned as typed, for the
     * caller's own validation to name it.
     */
    public String codeOf(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        String typed = nameOrCode.strip();
        if (ConstituencyCode.isValid(typed.toUpperCase(java.util.Locale.ROOT))) {
            return typed.toUpperCase(java.util.Locale.ROOT);
        }
        return seats().stream()
                .filter(s -> s.name().equalsIgnoreCase(typed))
                .map(Seat::code)
                .findFirst()
                .orElse(typed);
    }

    /** The seat's name for a form to show, or the code itself when no seat has it. */
    public String nameOf(String code) {
        if (code == null || code.isBlank() || !ConstituencyCode.isValid(code)) {
            return code == null ? "" : code;
        }
        return seat(ConstituencyCode.of(code)).map(Seat::name).orElse(code);
    }

    public List<Seat> find(SeatFilter filter, SeatOrder order) {
        return seats().stream().filter(filter).sorted(order.comparator()).toList();
    }

    /** Seats won in 2024, by party, most first. */
    public Map<Party, Integer> seatsWon() {
        return countWinners(seats(), seat -> seat.result().winningParty());
    }

    /** Seats won in the notional 2019 result on the 2024 boundaries, by party, most first. */
    public Map<Party, Integer> notionalSeatsWon2019() {
        return countWinners(
                seats().stream().filter(s -> s.notional2019() != null).toList(),
                seat -> seat.notional2019().result().winningParty());
    }

    public RunnerUpMatrix runnerUp() {
        return new RunnerUpMatrix(seats());
    }

    /** The English regions and the other nations, in ONS code order. */
    public List<Region> regions() {
        return seats().stream()
                .map(s -> s.constituency().region())
                .distinct()
                .sorted(java.util.Comparator.comparing(Region::code))
                .toList();
    }

    /** First among listeners, so that modules reacting to the same import read fresh seats. */
    @EventListener
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    void on(DatasetImported event) {
        imports.incrementAndGet();
        snapshot.set(null);
    }

    private static Map<Party, Integer> countWinners(Collection<Seat> seats, Function<Seat, Party> winner) {
        var counts = new EnumMap<Party, Integer>(Party.class);
        seats.forEach(seat -> counts.merge(winner.apply(seat), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Party, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot.get();
        if (current != null && System.nanoTime() - current.checkedAt().get() > RECHECK_NANOS) {
            current.checkedAt().set(System.nanoTime());
            if (!datasets.lastImport().equals(current.version())) {
                snapshot.compareAndSet(current, null);
                current = null;
            }
        }
        if (current == null) {
            long generation = imports.get();
            Optional<Instant> version = datasets.lastImport();
            var seats = repository.loadAll();
            current = new Snapshot(
                    seats,
                    seats.stream().collect(Collectors.toMap(Seat::code, Function.identity())),
                    version,
                    new java.util.concurrent.atomic.AtomicLong(System.nanoTime()));
            // a load that overlapped an import may hold stale data: use it once, keep it not
            if (imports.get() == generation) {
                snapshot.compareAndSet(null, current);
            }
        }
        return current;
    }

    private record Snapshot(
            List<Seat> seats,
            Map<String, Seat> byCode,
            Optional<Instant> version,
            java.util.concurrent.atomic.AtomicLong checkedAt) {}
}
