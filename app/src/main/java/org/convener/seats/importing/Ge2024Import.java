package org.convener.seats.importing;

import static org.convener.seats.importing.SeatSources.GE2024;
import static org.convener.seats.importing.SeatSources.GE2024_CANDIDATES;
import static org.convener.seats.importing.SeatSources.GE2024_CONSTITUENCIES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convener.engine.Candidacy;
import org.convener.engine.ConstituencyCode;
import org.convener.engine.Nation;
import org.convener.engine.Party;
import org.convener.engine.Result;
import org.convener.platform.imports.BatchInserts;
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
import org.convener.platform.imports.SourceText;
import org.convener.seats.ElectionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 2024 general election from the House of Commons Library: the constituency file defines the
 * 650 constituencies, the candidate file gives every candidate's votes, and the two must agree.
 */
@Component
class Ge2024Import implements DatasetImporter {

    static final int CONSTITUENCIES = 650;
    static final LocalDate POLLING_DAY = LocalDate.of(2024, 7, 4);

    /** The constituency file's vote columns; with "All other candidates" they sum to the valid vote. */
    static final List<String> PARTY_COLUMNS =
            List.of("Con", "Lab", "LD", "RUK", "Green", "SNP", "PC", "DUP", "SF", "SDLP", "UUP", "APNI");

    private static final List<String> CONSTITUENCY_COLUMNS = concat(
            List.of(
                    "ONS ID",
                    "ONS region ID",
                    "Constituency name",
                    "Region name",
                    "Country name",
                    "Constituency type",
                    "Result",
                    "First party",
                    "Second party",
                    "Electorate",
                    "Valid votes",
                    "Invalid votes",
                    "Majority",
                    "All other candidates"),
            PARTY_COLUMNS);
    private static final List<String> CANDIDATE_COLUMNS = List.of(
            "ONS ID",
            "Party name",
            "Party abbreviation",
            "Candidate first name",
            "Candidate surname",
            "Sitting MP",
            "Votes");

    private static final Dataset DATASET = new Dataset(
            GE2024,
            "General election 4 July 2024: results by constituency and by candidate",
            SeatSources.HOC_LIBRARY + " (CBP-10009), September 2024 corrected release",
            SeatSources.OPEN_PARLIAMENT_LICENCE,
            SeatSources.PARLIAMENT_ATTRIBUTION,
            List.of(
                    DataFile.at(
                            GE2024_CONSTITUENCIES,
                            SeatSources.PSEPHOLOGY + "results-by-parliament/59/general-election/constituencies.csv"),
                    DataFile.at(
                            GE2024_CANDIDATES,
                            SeatSources.PSEPHOLOGY + "results-by-parliament/59/general-election/candidacies.csv")),
            List.of());

    private final ResultStore results;
    private final JdbcClient db;
    private final BatchInserts batches;

    Ge2024Import(ResultStore results, JdbcClient db, BatchInserts batches) {
        this.batches = batches;
        this.results = results;
        this.db = db;
    }

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    /** A constituency row as the Library publishes it. */
    private record Declared(
            int line,
            String code,
            String name,
            String regionCode,
            String regionName,
            Nation nation,
            String type,
            String result,
            String firstParty,
            String secondParty,
            int electorate,
            int validVotes,
            int invalidVotes,
            int majority) {}

    private record CandidateRow(int line, Candidacy candidacy, boolean sittingMp) {}

    @Override
    public ImportSummary load(DatasetFiles files, ImportProgress progress) {
        progress.stage("reading " + GE2024_CONSTITUENCIES);
        Map<String, Declared> declared = readConstituencies(files);
        progress.stage("reading " + GE2024_CANDIDATES);
        Map<String, List<CandidateRow>> candidates = readCandidates(files, declared);
        var warnings = new ArrayList<ImportProblem>();
        List<ResultStore.ContestRow> contests = crossCheck(declared, candidates, warnings);

        progress.stage("storing " + declared.size() + " constituencies and their results");
        storeConstituencies(declared.values());
        results.deleteElections(ElectionKind.GENERAL);
        results.insertElection(GE2024, ElectionKind.GENERAL, POLLING_DAY, "General election 2024");
        results.insertContests(GE2024, contests, progress);

        int candidacies = candidates.values().stream().mapToInt(List::size).sum();
        return new ImportSummary(
                declared.size() + candidacies,
                String.format("%d constituencies, %,d candidacies", declared.size(), candidacies),
                warnings);
    }

    private Map<String, Declared> readConstituencies(DatasetFiles files) {
        var rows = files.csv(GE2024_CONSTITUENCIES, CONSTITUENCY_COLUMNS).rows();
        var declared = new LinkedHashMap<String, Declared>();
        var firstSeen = new HashMap<String, Integer>();
        var problems = new Problems();
        for (CsvRow row : rows) {
            problems.check(() -> {
                Declared d = readConstituency(row);
                Integer earlier = firstSeen.putIfAbsent(d.code(), row.line());
                if (earlier != null) {
                    throw row.fail("ONS ID", "duplicate constituency " + d.code() + ", already on line " + earlier);
                }
                declared.put(d.code(), d);
            });
        }
        problems.throwIfAny();
        if (declared.size() != CONSTITUENCIES) {
            throw new ImportException(ImportProblem.inFile(
                    GE2024_CONSTITUENCIES,
                    "holds " + declared.size() + " constituencies but the 2024 election had " + CONSTITUENCIES
                            + (declared.size() < CONSTITUENCIES ? "; the file looks truncated" : "")));
        }
        return declared;
    }

    private static Declared readConstituency(CsvRow row) {
        String code = row.text("ONS ID");
        if (!ConstituencyCode.isValid(code)) {
            throw row.fail("ONS ID", "\"" + code + "\" is not a 2024 constituency code");
        }
        String regionCode = row.text("ONS region ID");
        if (!regionCode.matches("(E12|S92|W92|N92)\\d{6}")) {
            throw row.fail("ONS region ID", "\"" + regionCode + "\" is not an ONS region or nation code");
        }
        Nation nation;
        try {
            nation = Nation.ofName(row.text("Country name"));
        } catch (IllegalArgumentException e) {
            throw row.fail("Country name", e.getMessage());
        }
        if (ConstituencyCode.of(code).nation() != nation) {
            throw row.fail(
                    "Country name",
                    code + " is a constituency in "
                            + ConstituencyCode.of(code).nation().displayName());
        }
        int valid = row.wholeNumber("Valid votes");
        long parties = row.wholeNumber("All other candidates");
        for (String column : PARTY_COLUMNS) {
            parties += row.wholeNumber(column);
        }
        if (parties != valid) {
            throw row.fail("Valid votes", "the vote columns sum to " + parties + " but Valid votes is " + valid);
        }
        return new Declared(
                row.line(),
                code,
                row.text("Constituency name"),
                regionCode,
                row.text("Region name"),
                nation,
                row.text("Constituency type"),
                row.text("Result"),
                row.text("First party"),
                row.text("Second party"),
                row.wholeNumber("Electorate"),
                valid,
                row.wholeNumber("Invalid votes"),
                row.wholeNumber("Majority"));
    }

    private Map<String, List<CandidateRow>> readCandidates(DatasetFiles files, Map<String, Declared> declared) {
        var rows = files.csv(GE2024_CANDIDATES, CANDIDATE_COLUMNS).rows();
        var candidates = new HashMap<String, List<CandidateRow>>();
        var problems = new Problems();
        for (CsvRow row : rows) {
            problems.check(() -> {
                String code = row.text("ONS ID");
                if (!declared.containsKey(code)) {
                    throw row.fail(
                            "ONS ID",
                            "unknown constituency code \"" + code + "\": it is not in " + GE2024_CONSTITUENCIES);
                }
                String name = SourceText.repairDoubleEncoding(
                        (row.raw("Candidate first name") + " " + row.raw("Candidate surname")).trim());
                String abbreviation = row.raw("Party abbreviation");
                String partyName = row.text("Party name");
                var candidacy = new Candidacy(
                        Party.classify(abbreviation.isEmpty() ? partyName : abbreviation),
                        partyName,
                        name.isEmpty() ? null : name,
                        row.wholeNumber("Votes"));
                candidates
                        .computeIfAbsent(code, k -> new ArrayList<>())
                        .add(new CandidateRow(row.line(), candidacy, row.yesNo("Sitting MP")));
            });
        }
        problems.throwIfAny();
        return candidates;
    }

    private static List<ResultStore.ContestRow> crossCheck(
            Map<String, Declared> declared, Map<String, List<CandidateRow>> candidates, List<ImportProblem> warnings) {
        var problems = new Problems();
        var contests = new ArrayList<ResultStore.ContestRow>();
        for (Declared d : declared.values()) {
            List<CandidateRow> rows = candidates.get(d.code());
            if (rows == null) {
                problems.add(new ImportProblem(
                        GE2024_CANDIDATES,
                        0,
                        "ONS ID",
                        "has no candidates for " + d.code() + " " + d.name() + " (line " + d.line() + " of "
                                + GE2024_CONSTITUENCIES + "); the file looks truncated"));
                continue;
            }
            var result = new Result(
                    ConstituencyCode.of(d.code()),
                    rows.stream().map(CandidateRow::candidacy).toList());
            if (result.validVotes() != d.validVotes()) {
                problems.add(new ImportProblem(
                        GE2024_CANDIDATES,
                        rows.get(0).line(),
                        "Votes",
                        "candidates in " + d.code() + " " + d.name() + " have " + result.validVotes()
                                + " votes but " + GE2024_CONSTITUENCIES + " line " + d.line() + " gives "
                                + d.validVotes()
                                + " valid votes"));
                continue;
            }
            if (result.majority() != d.majority()) {
                warnings.add(new ImportProblem(
                        GE2024_CONSTITUENCIES,
                        d.line(),
                        "Majority",
                        "gives " + d.majority() + " but the candidates' votes give " + result.majority()
                                + "; the candidates' figure is used"));
            }
            if (!Party.classify(d.firstParty()).equals(result.winningParty())) {
                warnings.add(new ImportProblem(
                        GE2024_CONSTITUENCIES,
                        d.line(),
                        "First party",
                        "gives " + d.firstParty() + " but the most votes went to "
                                + result.winningParty().code()));
            }
            Set<Candidacy> sitting = new HashSet<>();
            rows.stream().filter(CandidateRow::sittingMp).forEach(r -> sitting.add(r.candidacy()));
            contests.add(new ResultStore.ContestRow(
                    d.code(), result, d.electorate(), d.invalidVotes(), d.result(), d.line(), sitting));
        }
        problems.throwIfAny();
        return contests;
    }

    private void storeConstituencies(java.util.Collection<Declared> declared) {
        var regions = new LinkedHashMap<String, Declared>();
        declared.forEach(d -> regions.putIfAbsent(d.regionCode(), d));
        batches.insert(
                """
                insert into seats.region (code, name, nation) values (?, ?, ?)
                on conflict (code) do update set name = excluded.name, nation = excluded.nation
                """,
                regions.values().stream()
                        .map(d -> new Object[] {
                            d.regionCode(), d.regionName(), d.nation().name()
                        })
                        .toList());
        batches.insert(
                """
                insert into seats.constituency (code, name, region_code, nation, constituency_type) values (?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, region_code = excluded.region_code,
                    nation = excluded.nation, constituency_type = excluded.constituency_type
                """,
                declared.stream()
                        .map(d -> new Object[] {
                            d.code(), d.name(), d.regionCode(), d.nation().name(), d.type()
                        })
                        .toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
