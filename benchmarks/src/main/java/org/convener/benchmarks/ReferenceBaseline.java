package org.convener.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.convener.engine.Baseline;
import org.convener.engine.ElectionFiles;
import org.convener.engine.Party;

/**
 * The reference workload's baseline: the 631 seats of Great Britain in 2024 without the Speaker's,
 * every candidate read from the Library's files (so each seat's strongest other candidate contends).
 */
final class ReferenceBaseline {

    private ReferenceBaseline() {}

    static Baseline load() {
        var seats = new LinkedHashMap<String, ElectionFiles.SeatResult>();
        ElectionFiles.candidates2024(dataDirectory()).forEach((code, seat) -> {
            if (seat.result().winningParty() != Party.SPK) {
                seats.put(code, seat);
            }
        });
        if (seats.size() != 631) {
            throw new IllegalStateException("expected the 631 seats of the reference workload, read " + seats.size());
        }
        return ElectionFiles.baseline(seats);
    }

    private static Path dataDirectory() {
        String configured = System.getProperty("convener.data-dir", System.getenv("CONVENER_DATA_DIR"));
        for (String candidate : new String[] {configured, "../shared/data", "../../shared/data"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("no data directory: pass -Dconvener.data-dir=DIR or set CONVENER_DATA_DIR");
    }
}
