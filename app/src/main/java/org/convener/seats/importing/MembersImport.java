package org.convener.seats.importing;

import static org.convener.seats.importing.SeatSources.MP_LOOKUP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.convener.engine.Party;
import org.convener.platform.imports.BatchInserts;
import org.convener.platform.imports.CsvRow;
import org.convener.platform.imports.DataFile;
import org.convener.platform.imports.Dataset;
import org.convener.platform.imports.DatasetFiles;
import org.convener.platform.imports.DatasetImporter;
import org.convener.platform.imports.ImportProblem;
import org.convener.platform.imports.ImportProgress;
import org.convener.platform.imports.ImportSummary;
import org.convener.platform.imports.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The sitting MP for each constituency, with their party today (after defections and by-elections). */
@Component
class MembersImport implements DatasetImporter {

    private static final List<String> COLUMNS =
            List.of("pcon_name", "pcon_code", "member_id", "display_as", "party_text", "member_email");

    private static final Dataset DATASET = new Dataset(
            "mps",
            "Current MPs by constituency",
            "UK Parliament Members API and ONS Open Geography, compiled by the Department for Education (mp-lookup)",
            "Open Parliament Licence v3.0; Open Government Licence v3.0",
            SeatSources.PARLIAMENT_ATTRIBUTION
                    + " Contains public sector information licensed under the Open Government Licence v3.0.",
            List.of(DataFile.at(
                    MP_LOOKUP,
                    "https://raw.githubusercontent.com/dfe-analytical-services/mp-lookup/main/mp_lookup.csv")),
            List.of(SeatSources.GE2024));

    private final ResultStore results;
    private final JdbcClient db;
    private final BatchInserts batches;

    MembersImport(ResultStore results, JdbcClient db, BatchInserts batches) {
        this.batches = batches;
        this.results = results;
        this.db = db;
    }

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public ImportSummary load(DatasetFiles files, ImportProgress progress) {
        Set<String> known = results.constituencyCodes();
        progress.stage("reading " + MP_LOOKUP);
        var rows = new ArrayList<Object[]>();
        var seen = new HashMap<String, Integer>();
        var noEmail = new ArrayList<String>();
        var problems = new Problems();
        for (CsvRow row : files.csv(MP_LOOKUP, COLUMNS).rows()) {
            problems.check(() -> {
                String code = row.text("pcon_code");
                if (!known.contains(code)) {
                    throw row.fail(
                            "pcon_code",
                            "unknown constituency code \"" + code + "\": it is not one of the 2024 constituencies");
                }
                Integer earlier = seen.putIfAbsent(code, row.line());
                if (earlier != null) {
                    throw row.fail("pcon_code", "duplicate constituency " + code + ", already on line " + earlier);
                }
                String name = row.optionalText("display_as");
                if (name == null) {
                    return; // a vacant seat
                }
                String partyName = row.text("party_text");
                String email = row.optionalText("member_email");
                if (email != null && !email.contains("@")) {
                    noEmail.add(name); // the list writes "No email found" where it has none
                    email = null;
                }
                rows.add(new Object[] {
                    code,
                    row.optionalWholeNumber("member_id"),
                    name,
                    partyName,
                    Party.classify(partyName).code(),
                    email
                });
            });
        }
        problems.throwIfAny();
        var warnings = new ArrayList<ImportProblem>();
        long vacant = known.size() - rows.size();
        if (vacant > 0) {
            warnings.add(ImportProblem.inFile(MP_LOOKUP, "names no sitting MP for " + vacant + " constituencies"));
        }
        if (!noEmail.isEmpty()) {
            warnings.add(ImportProblem.inFile(
                    MP_LOOKUP, "gives no email address for " + noEmail.size() + " MPs: " + String.join(", ", noEmail)));
        }
        progress.stage("storing " + rows.size() + " MPs");
        db.sql("delete from seats.member_of_parliament").update();
        batches.insert(
                "insert into seats.member_of_parliament (constituency_code, member_id, name, party_name, party_code, email) values (?, ?, ?, ?, ?, ?)",
                rows);
        return new ImportSummary(rows.size(), rows.size() + " MPs", warnings);
    }
}
