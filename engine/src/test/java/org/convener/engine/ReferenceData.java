package org.convener.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The 2024 result of the 631 seats of Great Britain without the Speaker's, read from the House of
 * Commons Library's files in the shared data folder, for tests on the reference workload.
 */
final class ReferenceData {

    static final String REFERENCE_SHARES = "Con=18,Lab=22,LD=12,RUK=30,Green=10,SNP=2.5,PC=0.7";
    private static final List<String> COLUMNS = List.of("Con", "Lab", "LD", "RUK", "Green", "SNP", "PC");

    private ReferenceData() {}

    static Optional<Path> directory() {
        for (String candidate :
                new String[] {System.getenv("CONVENER_DATA_DIR"), "../shared/data", "../../shared/data"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, "HoC-GE2024-results-by-candidate.csv"))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    static Baseline baseline2024(Path dir) {
        var others = strongestOthers(dir.resolve("HoC-GE2024-results-by-candidate.csv"));
        var seats = new ArrayList<SeatBaseline>();
        for (CSVRecord row : read(dir.resolve("HoC-GE2024-results-by-constituency.csv"))) {
            Nation nation = Nation.ofName(row.get("Country name"));
            if (!nation.inGreatBritain() || row.get("First party").equals("Spk")) {
                continue;
            }
            long valid = Long.parseLong(row.get("Valid votes"));
            var shares = new double[ShareVector.SIZE];
            long named = 0;
            for (int i = 0; i < COLUMNS.size(); i++) {
                long votes = Long.parseLong(row.get(COLUMNS.get(i)));
                shares[i] = (double) votes / valid;
                named += votes;
            }
            shares[ShareVector.SIZE - 1] = (double) (valid - named) / valid;
            seats.add(new SeatBaseline(
                    ConstituencyCode.of(row.get("ONS ID")),
                    row.get("Constituency name"),
                    nation,
                    row.get("ONS region ID"),
                    shares,
                    valid,
                    other(others.get(row.get("ONS ID")), valid),
                    null));
        }
        return new Baseline(seats);
    }

    private static OtherCandidate other(CSVRecord row, long valid) {
        return row == null
                ? null
                : new OtherCandidate(
                        row.get("Candidate first name") + " " + row.get("Candidate surname"),
                        Party.asContender(Party.classify(row.get("Party abbreviation"))),
                        row.get("Party name"),
                        Long.parseLong(row.get("Votes")) / (double) valid);
    }

    private static Map<String, CSVRecord> strongestOthers(Path file) {
        var best = new HashMap<String, CSVRecord>();
        for (CSVRecord row : read(file)) {
            if (COLUMNS.contains(row.get("Party abbreviation"))) {
                continue;
            }
            CSVRecord current = best.get(row.get("ONS ID"));
            if (current == null || Long.parseLong(row.get("Votes")) > Long.parseLong(current.get("Votes"))) {
                best.put(row.get("ONS ID"), row);
            }
        }
        return best;
    }

    private static List<CSVRecord> read(Path file) {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
