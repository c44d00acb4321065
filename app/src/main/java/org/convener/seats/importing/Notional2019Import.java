package org.convener.seats.importing;

import static org.convener.seats.importing.SeatSources.NOTIONAL2019;
import static org.convener.seats.importing.SeatSources.NOTIONAL_2019;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convener.engine.Candidacy;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Party;
import org.convener.engine.Result;
import org.convener.platform.imports.CsvRow;
import org.convener.platform.imports.DataFile;
import org.convener.platform.imports.Dataset;
import org.convener.platform.imports.DatasetFiles;
import org.convener.platform.imports.DatasetImporter;
import org.convener.platform.imports.ImportException;
import org.convener.platform.imports.ImportProblem;
import org.convener.platform.imports.ImportProgress;
import org.convener.platform.imports.ImportSummary;
import org.convener.platform.imports.Problems;
import org.convener.seats.ElectionKind;
import org.springframework.stereotype.Component;

/**
 * The 2019 general election re-estimated on the 2024 boundaries by Rallings and Thrasher, in the
 * long form (one row per seat and party) that UK Parliament publishes.
 */
@Component
class Notional2019Import implements DatasetImporter {

    static final LocalDate POLLING_DAY = LocalDate.of(2019, 12, 12);

    /** The long file's columns; the publisher's copy has no header, so these name them. */
    static final List<String> COLUMNS = List.of(
            "boundary_comm_name",
            "pa_name",
            "ons_code",
            "pano",
            "region_code",
            "country_name",
            "constituency_type",
            "turnout_pct",
            "electorate",
            "total_votes",
            "majority",
            "party_code",
            "votes",
            "party_abbreviation",
            "party_name",
            "party_mnis_id");

    /** Aggregate rows (all others, largest other) that would count votes twice. */
    private static final Set<String> AGGREGATES = Set.of("TOTOTHV", "MAXOTHV");

    private static final Map<String, Party> PARTY_CODES = Map.ofEntries(
            Map.entry("CONV", Party.CON),
            Map.entry("LABV", Party.LAB),
            Map.entry("LDV", Party.LD),
            Map.entry("GRNV", Party.GREEN),
            Map.entry("BRXV", Party.RUK),
            Map.entry("SNPV", Party.SNP),
            Map.entry("PCV", Party.PC),
            Map.entry("DUPV", Party.DUP),
            Map.entry("SFV", Party.SF),
            Map.entry("SDLPV", Party.SDLP),
            Map.entry("UUPV", Party.UUP),
            Map.entry("APNIV", Party.APNI),
            Map.entry("COMMONS SPEAKER", Party.SPK));

    private static final Dataset DATASET = new Dataset(
            NOTIONAL2019,
            "Notional results of the 2019 general election on the 2024 boundaries",
            "Colin Rallings and Michael Thrasher (with David Denver for Scotland and Nicholas Whyte for Northern Ireland) "
                    + "for BBC, ITV News, Sky News and PA; published by UK Parliament",
            SeatSources.OPEN_PARLIAMENT_LICENCE,
            "Notional 2019 results by Rallings and Thrasher. " + SeatSources.PARLIAMENT_ATTRIBUTION,
            List.of(
                    DataFile.at(
                            NOTIONAL_2019,
                            SeatSources.PSEPHOLOGY + "results-by-parliament/58/notional-general-election/results.csv"),
                    ProvisionalCodes.FILE),
            List.of(SeatSources.GE2024));

    private final ResultStore results;

    Notional2019Import(ResultStore results) {
        this.results = results;
    }

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    private record SeatRows(
            int line,
            int electorate,
            int totalVotes,
            int majority,
            List<Candidacy> candidacies,
            Set<String> partyCodes) {}

    @Override
    public ImportSummary load(DatasetFiles files, ImportProgress progress) {
        var codes = ProvisionalCodes.read(files);
        Set<String> known = results.constituencyCodes();
        progress.stage("reading " + NOTIONAL_2019);
        var seats = new LinkedHashMap<String, SeatRows>();
        var problems = new Problems();
        for (CsvRow row : files.headerOptionalCsv(NOTIONAL_2019, COLUMNS).rows()) {
            problems.check(() -> read(row, codes, known, seats));
        }
        problems.throwIfAny();

        var warnings = new ArrayList<ImportProblem>();
        var contests = new ArrayList<ResultStore.ContestRow>();
        for (var entry : seats.entrySet()) {
            SeatRows seat = entry.getValue();
            var result = new Result(ConstituencyCode.of(entry.getKey()), seat.candidacies());
            if (result.validVotes() != seat.totalVotes()) {
                problems.add(new ImportProblem(
                        NOTIONAL_2019,
                        seat.line(),
                        "total_votes",
                        "the party rows for " + entry.getKey() + " sum to " + result.validVotes()
                                + " but total_votes is " + seat.totalVotes()));
                continue;
            }
            if (result.majority() != seat.majority()) {
                warnings.add(new ImportProblem(
                        NOTIONAL_2019,
                        seat.line(),
                        "majority",
                        "gives " + seat.majority() + " for " + entry.getKey() + " but the votes give "
                                + result.majority() + "; the votes' figure is used"));
            }
            contests.add(new ResultStore.ContestRow(
                    entry.getKey(), result, seat.electorate(), null, null, seat.line(), Set.of()));
        }
        problems.throwIfAny();
        var missing =
                known.stream().filter(code -> !seats.containsKey(code)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ImportException(ImportProblem.inFile(
                    NOTIONAL_2019,
                    "has no notional result for " + missing.size() + " constituencies, e.g. " + missing.get(0)
                            + "; the file looks truncated"));
        }

        progress.stage("storing " + contests.size() + " notional results");
        results.deleteElections(ElectionKind.NOTIONAL);
        results.insertElection(
                NOTIONAL2019, ElectionKind.NOTIONAL, POLLING_DAY, "General election 2019 (notional, 2024 boundaries)");
        results.insertContests(NOTIONAL2019, contests, progress);
        int lines =
                contests.stream().mapToInt(c -> c.result().candidacies().size()).sum();
        return new ImportSummary(
                lines, String.format("%d constituencies, %,d party results", contests.size(), lines), warnings);
    }

    private static void read(CsvRow row, ProvisionalCodes codes, Set<String> known, Map<String, SeatRows> seats) {
        String rawCode = row.text("ons_code");
        String code = codes.finalCode(rawCode);
        if (!known.contains(code)) {
            throw row.fail(
                    "ons_code",
                    "unknown constituency code \"" + rawCode + "\": it is not one of the 2024 constituencies");
        }
        String partyCode = row.text("party_code").toUpperCase(Locale.ROOT);
        int votes = row.wholeNumberAllowingSeparators("votes");
        SeatRows seat = seats.computeIfAbsent(
                code,
                k -> new SeatRows(
                        row.line(),
                        row.wholeNumberAllowingSeparators("electorate"),
                        row.wholeNumberAllowingSeparators("total_votes"),
                        row.wholeNumberAllowingSeparators("majority"),
                        new ArrayList<>(),
                        new HashSet<>()));
        if (AGGREGATES.contains(partyCode)) {
            return;
        }
        if (!seat.partyCodes().add(partyCode)) {
            throw row.fail("party_code", "duplicate row for " + partyCode + " in " + code);
        }
        Party party = partyCode.matches("IND\\dV") ? Party.IND : PARTY_CODES.getOrDefault(partyCode, Party.OTH);
        String name = row.raw("party_name");
        if (name.isEmpty() || name.equals("NA") || party == Party.IND) {
            name = party == Party.OTH ? row.raw("party_abbreviation") : party.displayName();
        }
        seat.candidacies().add(new Candidacy(party, name, null, votes));
    }
}
