package org.convener.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Great Britain's results read straight from the House of Commons Library's files, for backtests:
 * any two general elections on the same boundaries, or the notional 2019 result against 2024.
 * A file that does not read as the Library's layout is refused naming the file, line, column and
 * reason.
 */
public final class ElectionFiles {

    /** A seat's result at one election, with where it is. */
    public record SeatResult(Constituency constituency, Result result) {}

    private ElectionFiles() {}

    /** A constituency file in the Library's layout (2017, 2019, 2024): the party columns, the other winner, the rest together. */
    public static Map<String, SeatResult> constituencies(Path file) {
        var seats = new LinkedHashMap<String, SeatResult>();
        List<CSVRecord> rows = read(file);
        List<String> header =
                rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).getParser().getHeaderNames());
        for (String column : List.of(
                "ONS ID",
                "Constituency name",
                "Region name",
                "ONS region ID",
                "Country name",
                "First party",
                "Member first name",
                "Member surname",
                "Majority",
                "All other candidates",
                "Of which other winner")) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(file + ": not a House of Commons Library results file by"
                        + " constituency: it has no column \"" + column + "\"");
            }
        }
        int from = header.indexOf("Majority") + 1;
        int to = header.indexOf("All other candidates");
        for (CSVRecord row : rows) {
            try {
                Nation nation = Nation.ofName(row.get("Country name"));
                if (!nation.inGreatBritain()) {
                    continue;
                }
                var candidacies = new ArrayList<Candidacy>();
                for (int c = from; c < to; c++) {
                    long votes = votes(row, header.get(c));
                    if (votes > 0) {
                        candidacies.add(new Candidacy(Party.classify(header.get(c)), header.get(c), null, votes));
                    }
                }
                long others = votes(row, "All other candidates");
                long otherWinner = votes(row, "Of which other winner");
                if (otherWinner > 0) {
                    String name = row.get("Member first name") + " " + row.get("Member surname");
                    candidacies.add(new Candidacy(
                            Party.classify(row.get("First party")), row.get("First party"), name, otherWinner));
                }
                if (others - otherWinner > 0) {
                    candidacies.add(Candidacy.pooled(others - otherWinner));
                }
                String code = row.get("ONS ID");
                var constituency = new Constituency(
                        ConstituencyCode.of(code),
                        row.get("Constituency name"),
                        new Region(row.get("ONS region ID"), row.get("Region name")),
                        nation);
                if (seats.put(code, new SeatResult(constituency, new Result(ConstituencyCode.of(code), candidacies)))
                        != null) {
                    throw new IllegalArgumentException("ONS ID: " + code + " appears twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        file + ", line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
            }
        }
        return seats;
    }

    /**
     * Two elections' results of the same seats of Great Britain as a backtest pair: the earlier
     * projected to the later. Seats where the Speaker stood at one election but not the other are
     * left out (the parties did not contest them both times).
     *
     * @throws IllegalArgumentException when the files are not on the same boundaries
     */
    public static Backtest.Pair pair(Path from, Path to) {
        Map<String, SeatResult> before = constituencies(from);
        Map<String, SeatResult> after = constituencies(to);
        if (!before.keySet().equals(after.keySet())) {
            var missing = new java.util.TreeSet<>(before.keySet());
            missing.removeAll(after.keySet());
            var extra = new java.util.TreeSet<>(after.keySet());
            extra.removeAll(before.keySet());
            throw new IllegalArgumentException(from + " and " + to + " are not on the same boundaries: "
                    + (missing.isEmpty()
                            ? ""
                            : missing.size() + " seats only in the first (" + missing.first() + " …) ")
                    + (extra.isEmpty() ? "" : extra.size() + " seats only in the second (" + extra.first() + " …)"));
        }
        Map<String, SeatResult> a = new LinkedHashMap<>();
        Map<String, SeatResult> b = new LinkedHashMap<>();
        var winners = new LinkedHashMap<ConstituencyCode, Party>();
        before.forEach((code, seat) -> {
            SeatResult later = after.get(code);
            boolean speakerBefore = seat.result().winningParty() == Party.SPK;
            boolean speakerAfter = later.result().winningParty() == Party.SPK;
            if (speakerBefore == speakerAfter) {
                a.put(code, seat);
                b.put(code, later);
                winners.put(ConstituencyCode.of(code), later.result().winningParty());
            }
        });
        return new Backtest.Pair(baseline(a), baseline(b), winners);
    }

    /** The notional 2019 result against 2024, on the 2024 boundaries: the 632 seats of Great Britain. */
    public static Backtest.Pair notional2019To2024(Path dir) {
        Map<String, SeatResult> notional = notional2019(dir);
        Map<String, SeatResult> actual = candidates2024(dir);
        var winners = new LinkedHashMap<ConstituencyCode, Party>();
        actual.forEach((code, seat) ->
                winners.put(ConstituencyCode.of(code), seat.result().winningParty()));
        return new Backtest.Pair(baseline(notional), baseline(actual), winners);
    }

    private static long votes(CSVRecord row, String column) {
        String value = row.get(column).replace(",", "").trim();
        try {
            return value.isEmpty() ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "column \"" + column + "\" must be a whole number of votes, not \"" + row.get(column) + "\"");
        }
    }

    /** The 2024 result with every candidate, placed as the constituency file places them. */
    public static Map<String, SeatResult> candidates2024(Path dir) {
        Map<String, SeatResult> places = constituencies(dir.resolve("HoC-GE2024-results-by-constituency.csv"));
        var candidacies = new HashMap<String, List<Candidacy>>();
        for (CSVRecord row : read(dir.resolve("HoC-GE2024-results-by-candidate.csv"))) {
            String abbreviation = row.get("Party abbreviation");
            candidacies
                    .computeIfAbsent(row.get("ONS ID"), k -> new ArrayList<>())
                    .add(new Candidacy(
                            Party.classify(abbreviation.isEmpty() ? row.get("Party name") : abbreviation),
                            row.get("Party name"),
                            row.get("Candidate first name") + " " + row.get("Candidate surname"),
                            Long.parseLong(row.get("Votes"))));
        }
        var seats = new LinkedHashMap<String, SeatResult>();
        places.forEach((code, seat) -> seats.put(
                code,
                new SeatResult(seat.constituency(), new Result(ConstituencyCode.of(code), candidacies.get(code)))));
        return seats;
    }

    /** The notional 2019 result on the 2024 boundaries, placed as the 2024 file places the seats. */
    public static Map<String, SeatResult> notional2019(Path dir) {
        var revised = new HashMap<String, String>();
        for (CSVRecord row : read(dir.resolve("revised_constituency_ids.csv"))) {
            revised.put(row.get("provisional_code"), row.get("final_code"));
        }
        Map<String, SeatResult> places = constituencies(dir.resolve("HoC-GE2024-results-by-constituency.csv"));
        var candidacies = new HashMap<String, List<Candidacy>>();
        Map<String, Party> codes = Map.ofEntries(
                Map.entry("CONV", Party.CON),
                Map.entry("LABV", Party.LAB),
                Map.entry("LDV", Party.LD),
                Map.entry("GRNV", Party.GREEN),
                Map.entry("BRXV", Party.RUK),
                Map.entry("SNPV", Party.SNP),
                Map.entry("PCV", Party.PC),
                Map.entry("COMMONS SPEAKER", Party.SPK));
        for (CSVRecord row : read(dir.resolve("notional-general-election-2019-results-long.csv"))) {
            String partyCode = row.get("party_code").toUpperCase(java.util.Locale.ROOT);
            if (partyCode.equals("TOTOTHV") || partyCode.equals("MAXOTHV")) {
                continue;
            }
            String code = revised.getOrDefault(row.get("ons_code"), row.get("ons_code"));
            Party party = partyCode.matches("IND\\dV") ? Party.IND : codes.getOrDefault(partyCode, Party.OTH);
            candidacies
                    .computeIfAbsent(code, k -> new ArrayList<>())
                    .add(new Candidacy(
                            party,
                            row.get("party_name"),
                            null,
                            Long.parseLong(row.get("votes").replace(",", ""))));
        }
        var seats = new LinkedHashMap<String, SeatResult>();
        places.forEach((code, seat) -> seats.put(
                code,
                new SeatResult(seat.constituency(), new Result(ConstituencyCode.of(code), candidacies.get(code)))));
        return seats;
    }

    public static Baseline baseline(Map<String, SeatResult> seats) {
        return new Baseline(seats.values().stream()
                .map(s -> SeatBaseline.of(s.constituency(), s.result()))
                .toList());
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
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
