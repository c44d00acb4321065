package org.convener.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convener.engine.Baseline;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Nation;
import org.convener.engine.Party;
import org.convener.engine.SeatBaseline;

/**
 * The reference workload's baseline: the 631 seats of Great Britain in 2024 without the Speaker's,
 * read from the Library's constituency file (the application's importer does the same with full
 * validation; the benchmark needs only the vote columns).
 */
final class ReferenceBaseline {

    private static final List<String> COLUMNS = List.of("Con", "Lab", "LD", "RUK", "Green", "SNP", "PC");

    private ReferenceBaseline() {}

    static Baseline load() throws IOException {
        Path file = dataDirectory().resolve("HoC-GE2024-results-by-constituency.csv");
        var seats = new ArrayList<SeatBaseline>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                Nation nation = Nation.ofName(row.get("Country name"));
                if (!nation.inGreatBritain() || row.get("First party").equals("Spk")) {
                    continue;
                }
                long valid = Long.parseLong(row.get("Valid votes"));
                var shares = new double[Party.GB_MODEL.size()];
                long named = 0;
                for (int i = 0; i < COLUMNS.size(); i++) {
                    long votes = Long.parseLong(row.get(COLUMNS.get(i)));
                    shares[i] = (double) votes / valid;
                    named += votes;
                }
                shares[Party.GB_MODEL.indexOf(Party.OTH)] = (double) (valid - named) / valid;
                seats.add(new SeatBaseline(
                        ConstituencyCode.of(row.get("ONS ID")),
                        row.get("Constituency name"),
                        nation,
                        row.get("ONS region ID"),
                        shares,
                        valid));
            }
        }
        if (seats.size() != 631) {
            throw new IllegalStateException("expected the 631 seats of the reference workload, read " + seats.size());
        }
        return new Baseline(seats);
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
