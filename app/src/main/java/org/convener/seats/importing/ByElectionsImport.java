package org.convener.seats.importing;

import static org.convener.seats.importing.SeatSources.BY_ELECTION_CANDIDATES;
import static org.convener.seats.importing.SeatSources.BY_ELECTION_CONSTITUENCIES;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.convener.platform.imports.ImportProblem;
import org.convener.platform.imports.ImportProgress;
import org.convener.platform.imports.ImportSummary;
import org.convener.platform.imports.Problems;
import org.convener.platform.imports.SourceText;
import org.convener.seats.ElectionKind;
import org.springframework.stereotype.Component;

/**
 * By-elections in the 2024 Parliament. The Library's constituency rows carry a few typing errors
 * that its candidate rows do not, so votes come from the candidates and any disagreement is kept
 * as a note on the import.
 */
@Component
class ByElectionsImport implements DatasetImporter {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final List<String> CONSTITUENCY_COLUMNS = List.of(
            "By-election date",
            "ONS ID",
            "Constituency name",
            "Result",
            "Electorate",
            "Valid votes",
            "Invalid votes",
            "Majority",
            "Con",
            "Lab",
            "LD",
            "RUK",
            "Green",
            "SNP",
            "PC",
            "DUP",
            "SF",
            "SDLP",
            "UUP",
            "APNI");
    private static final List<String> CANDIDATE_COLUMNS = List.of(
            "Election date",
            "ONS ID",
            "Party name",
            "Party abbreviation",
            "Candidate first name",
            "Candidate surname",
            "Sitting MP",
            "Votes");

    private static final Dataset DATASET = new Dataset(
            "byelections",
            "By-elections in the 2024 Parliament",
            SeatSources.HOC_LIBRARY,
            SeatSources.OPEN_PARLIAMENT_LICENCE,
            SeatSources.PARLIAMENT_ATTRIBUTION,
            List.of(
                    DataFile.at(
                            BY_ELECTION_CONSTITUENCIES,
                            SeatSources.PSEPHOLOGY + "results-by-parliament/59/by-elections/constituencies.csv"),
                    DataFile.at(
                            BY_ELECTION_CANDIDATES,
                            SeatSources.PSEPHOLOGY + "results-by-parliament/59/by-elections/candidacies.csv")),
            List.of(SeatSources.GE2024));

    private final ResultStore results;

    ByElectionsImport(ResultStore results) {
        this.results = results;
    }

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    private record Declared(
            int line,
            LocalDate date,
            String code,
            String name,
            String result,
            int electorate,
            int validVotes,
            int invalidVotes,
            int majority,
            Map<String, Integer> partyVotes) {

        String key() {
            return key(date, code);
        }

        static String key(LocalDate date, String code) {
            return date + "/" + code;
        }
    }

    private record CandidateRow(int line, Candidacy candidacy, String abbreviation, boolean sittingMp) {}

    @Override
    public ImportSummary load(DatasetFiles files, ImportProgress progress) {
        Set<String> known = results.constituencyCodes();
        progress.stage("reading " + BY_ELECTION_CONSTITUENCIES);
        var declared = new LinkedHashMap<String, Declared>();
        var problems = new Problems();
        for (CsvRow row :
                files.csv(BY_ELECTION_CONSTITUENCIES, CONSTITUENCY_COLUMNS).rows()) {
            problems.check(() -> {
                Declared d = readDeclared(row, known);
                Declared earlier = declared.putIfAbsent(d.key(), d);
                if (earlier != null) {
                    throw row.fail(
                            "ONS ID",
                            "duplicate by-election in " + d.code() + " on " + d.date() + ", already on line "
                                    + earlier.line());
                }
            });
        }
        problems.throwIfAny();

        progress.stage("reading " + BY_ELECTION_CANDIDATES);
        var candidates = new HashMap<String, List<CandidateRow>>();
        for (CsvRow row : files.csv(BY_ELECTION_CANDIDATES, CANDIDATE_COLUMNS).rows()) {
            problems.check(() -> {
                LocalDate date = row.date("Election date", DAY_MONTH_YEAR, "DD/MM/YYYY");
                String code = row.text("ONS ID");
                if (!known.contains(code)) {
                    throw row.fail("ONS ID", "unknown constituency code \"" + code + "\"");
                }
                if (!declared.containsKey(Declared.key(date, code))) {
                    throw row.fail(
                            "ONS ID",
                            "no by-election in " + code + " on " + date + " in " + BY_ELECTION_CONSTITUENCIES);
                }
                String abbreviation = row.raw("Party abbreviation");
                String partyName = row.text("Party name");
                String name = SourceText.repairDoubleEncoding(
                        (row.raw("Candidate first name") + " " + row.raw("Candidate surname")).trim());
                candidates
                        .computeIfAbsent(Declared.key(date, code), k -> new ArrayList<>())
                        .add(new CandidateRow(
                                row.line(),
                                new Candidacy(
                                        Party.classify(abbreviation.isEmpty() ? partyName : abbreviation),
                                        partyName,
                                        name,
                                        row.wholeNumber("Votes")),
                                abbreviation,
                                row.yesNo("Sitting MP")));
            });
        }
        problems.throwIfAny();

        var warnings = new ArrayList<ImportProblem>();
        var byElection = new LinkedHashMap<Declared, ResultStore.ContestRow>();
        for (Declared d : declared.values()) {
            List<CandidateRow> rows = candidates.get(d.key());
            if (rows == null) {
                problems.add(ImportProblem.inFile(
                        BY_ELECTION_CANDIDATES,
                        "has no candidates for the " + d.name() + " by-election of " + d.date()));
                continue;
            }
            var result = new Result(
                    ConstituencyCode.of(d.code()),
                    rows.stream().map(CandidateRow::candidacy).toList());
            if (result.validVotes() != d.validVotes()) {
                problems.add(new ImportProblem(
                        BY_ELECTION_CANDIDATES,
                        rows.get(0).line(),
                        "Votes",
                        "candidates in the " + d.name() + " by-election have " + result.validVotes() + " votes but "
                                + BY_ELECTION_CONSTITUENCIES + " line " + d.line() + " gives " + d.validVotes()
                                + " valid votes"));
                continue;
            }
            compare(d, rows, result, warnings);
            Set<Candidacy> sitting = new HashSet<>();
            rows.stream().filter(CandidateRow::sittingMp).forEach(r -> sitting.add(r.candidacy()));
            byElection.put(
                    d,
                    new ResultStore.ContestRow(
                            d.code(), result, d.electorate(), d.invalidVotes(), d.result(), d.line(), sitting));
        }
        problems.throwIfAny();

        progress.stage("storing " + byElection.size() + " by-elections");
        results.deleteElections(ElectionKind.BY_ELECTION);
        int candidacies = 0;
        for (var entry : byElection.entrySet()) {
            Declared d = entry.getKey();
            String id = "by-" + d.date() + "-" + d.code();
            results.insertElection(id, ElectionKind.BY_ELECTION, d.date(), d.name() + " by-election");
            results.insertContests(id, List.of(entry.getValue()), ImportProgress.SILENT);
            candidacies += entry.getValue().result().candidacies().size();
        }
        return new ImportSummary(
                byElection.size() + candidacies,
                String.format("%d by-elections, %d candidacies", byElection.size(), candidacies),
                warnings);
    }

    private static Declared readDeclared(CsvRow row, Set<String> known) {
        LocalDate date = row.date("By-election date", DAY_MONTH_YEAR, "DD/MM/YYYY");
        String code = row.text("ONS ID");
        if (!known.contains(code)) {
            throw row.fail(
                    "ONS ID", "unknown constituency code \"" + code + "\": it is not one of the 2024 constituencies");
        }
        var partyVotes = new LinkedHashMap<String, Integer>();
        for (String column : Ge2024Import.PARTY_COLUMNS) {
            partyVotes.put(column, row.wholeNumber(column));
        }
        return new Declared(
                row.line(),
                date,
                code,
                row.text("Constituency name"),
                row.text("Result"),
                row.wholeNumber("Electorate"),
                row.wholeNumber("Valid votes"),
                row.wholeNumber("Invalid votes"),
                row.wholeNumber("Majority"),
                partyVotes);
    }

    /** Notes where the constituency row disagrees with its candidates. */
    private static void compare(Declared d, List<CandidateRow> rows, Result result, List<ImportProblem> warnings) {
        for (var entry : d.partyVotes().entrySet()) {
            int fromCandidates = rows.stream()
                    .filter(r -> r.abbreviation().equals(entry.getKey()))
                    .mapToInt(r -> (int) r.candidacy().votes())
                    .sum();
            if (fromCandidates != entry.getValue()) {
                warnings.add(new ImportProblem(
                        BY_ELECTION_CONSTITUENCIES,
                        d.line(),
                        entry.getKey(),
                        d.name() + " gives " + entry.getValue() + " but its candidates have " + fromCandidates
                                + "; the candidates' figure is used"));
            }
        }
        if (result.majority() != d.majority()) {
            warnings.add(new ImportProblem(
                    BY_ELECTION_CONSTITUENCIES,
                    d.line(),
                    "Majority",
                    d.name() + " gives " + d.majority() + " but its candidates' votes give " + result.majority()
                            + "; the candidates' figure is used"));
        }
    }
}
