package org.convener.votes.importing;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.convener.platform.imports.CsvRow;
import org.convener.platform.imports.DataFile;
import org.convener.platform.imports.Dataset;
import org.convener.platform.imports.DatasetFiles;
import org.convener.platform.imports.DatasetImporter;
import org.convener.platform.imports.ImportProgress;
import org.convener.platform.imports.ImportSummary;
import org.convener.platform.imports.Problems;
import org.convener.seats.SeatIntelligence;
import org.convener.shared.Format;
import org.convener.votes.Lobby;
import org.convener.votes.MpRoll;
import org.convener.votes.Source;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Commons divisions of the 2024 Parliament with every MP's vote: titles and declared counts from
 * Commons Votes (via mySociety), per-MP lists as Public Whip compiled them, MPs by their member id.
 */
@Component
class PublicWhipImport implements DatasetImporter {

    static final String DIVISIONS = "commons-divisions-2024-parliament.csv";
    static final String VOTES = "commons-division-votes-2024-parliament.csv";

    private static final List<String> DIVISION_COLUMNS = List.of(
            "date",
            "division_number",
            "commons_votes_division_id",
            "title",
            "aye_total",
            "no_total",
            "aye_tellers",
            "no_tellers",
            "cv_aye_count",
            "cv_no_count",
            "totals_match",
            "is_deferred",
            "publicwhip_title");
    private static final List<String> VOTE_COLUMNS = List.of(
            "commons_votes_division_id", "date", "division_number", "mnis_id", "name", "party", "vote", "teller");

    static final Dataset DATASET = new Dataset(
            "commons-divisions",
            "Commons divisions and MPs' votes, 2024 Parliament (22 July 2024 – 22 May 2025)",
            "UK Parliament (Commons Votes) via mySociety's voting-data; per-MP division lists compiled by Public Whip; "
                    + "MP identifiers from mySociety's politician_data",
            "Open Parliament Licence v3.0; CC BY 4.0 (mySociety)",
            "Contains Parliamentary information licensed under the Open Parliament Licence v3.0. Division titles and "
                    + "counts from mySociety's voting-data and MP identifiers from mySociety's politician_data, both "
                    + "CC BY 4.0. Per-MP division lists compiled by Public Whip (publicwhip.org.uk).",
            List.of(DataFile.local(DIVISIONS), DataFile.local(VOTES)),
            List.of("mps", "byelections"));

    // a provider: the seats read the import records, which list this importer
    private final ObjectProvider<SeatIntelligence> seats;
    private final DivisionWriter writer;

    PublicWhipImport(ObjectProvider<SeatIntelligence> seats, DivisionWriter writer) {
        this.seats = seats;
        this.writer = writer;
    }

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    @Override
    public ImportSummary load(DatasetFiles files, ImportProgress progress) {
        var batch = new DivisionBatch(MpRoll.of(seats.getObject().seats()));
        progress.stage("reading " + DIVISIONS);
        var divisionRows = files.csv(DIVISIONS, DIVISION_COLUMNS).rows();
        var lines = new java.util.HashMap<Integer, CsvRow>();
        var problems = new Problems();
        for (CsvRow row : divisionRows) {
            problems.check(() -> {
                var division = division(row);
                try {
                    batch.add(division);
                } catch (IllegalArgumentException e) {
                    throw row.fail(
                            "commons_votes_division_id",
                            e.getMessage() + ", already on line "
                                    + lines.get(division.id()).line());
                }
                lines.put(division.id(), row);
            });
        }
        problems.throwIfAny();

        progress.stage("reading " + VOTES);
        var voteRows = files.csv(VOTES, VOTE_COLUMNS).rows();
        int done = 0;
        for (CsvRow row : voteRows) {
            progress.advance(done++, voteRows.size());
            problems.check(() -> vote(row, batch));
        }
        problems.throwIfAny();

        for (var entry : lines.entrySet()) {
            problems.check(() -> crossCheck(entry.getValue(), batch.counted(entry.getKey())));
        }
        problems.throwIfAny();

        progress.stage("storing " + batch.divisions().size() + " divisions and "
                + batch.votes().size() + " votes");
        writer.replace(Source.PUBLIC_WHIP, batch);
        var days = batch.divisions().values().stream()
                .map(DivisionBatch.DivisionRow::heldOn)
                .sorted()
                .toList();
        return new ImportSummary(
                batch.votes().size(),
                Format.count(batch.divisions().size()) + " divisions (" + Format.date(days.get(0)) + " – "
                        + Format.date(days.get(days.size() - 1)) + "), "
                        + Format.count(batch.votes().size())
                        + " votes by " + batch.members().size() + " MPs",
                batch.notes(VOTES));
    }

    private static DivisionBatch.DivisionRow division(CsvRow row) {
        int id = positive(row, "commons_votes_division_id");
        var division = new DivisionBatch.DivisionRow(
                id,
                row.date("date", DateTimeFormatter.ISO_LOCAL_DATE, "YYYY-MM-DD"),
                positive(row, "division_number"),
                row.text("title"),
                row.wholeNumber("cv_aye_count"),
                row.wholeNumber("cv_no_count"),
                row.yesNo("is_deferred"),
                row.optionalText("publicwhip_title"));
        boolean match = row.yesNo("totals_match");
        boolean matches = row.wholeNumber("aye_total") == division.officialAyes()
                && row.wholeNumber("no_total") == division.officialNoes();
        if (match != matches) {
            throw row.fail(
                    "totals_match",
                    "says " + (match ? "True" : "False") + " but aye_total/no_total " + row.raw("aye_total") + "/"
                            + row.raw("no_total") + " and cv_aye_count/cv_no_count " + division.officialAyes() + "/"
                            + division.officialNoes() + (matches ? " agree" : " differ"));
        }
        return division;
    }

    private static void vote(CsvRow row, DivisionBatch batch) {
        int divisionId = row.wholeNumber("commons_votes_division_id");
        var division = batch.division(divisionId)
                .orElseThrow(() -> row.fail(
                        "commons_votes_division_id",
                        "unknown division id " + divisionId + ": it is not in " + DIVISIONS));
        var day = row.date("date", DateTimeFormatter.ISO_LOCAL_DATE, "YYYY-MM-DD");
        if (!day.equals(division.heldOn())) {
            throw row.fail("date", "division " + divisionId + " was held on " + division.heldOn() + ", not " + day);
        }
        if (row.wholeNumber("division_number") != division.number()) {
            throw row.fail(
                    "division_number",
                    "division " + divisionId + " is number " + division.number() + ", not "
                            + row.raw("division_number"));
        }
        int memberId = positive(row, "mnis_id");
        String name = row.text("name");
        String party = DivisionBatch.partyCode(row.text("party"))
                .orElseThrow(() ->
                        row.fail("party", "\"" + row.raw("party") + "\" is not a House of Commons Library party code"));
        Lobby lobby = Lobby.named(row.raw("vote"))
                .orElseThrow(() -> row.fail("vote", "\"" + row.raw("vote") + "\" is not aye, no or both"));
        boolean teller = switch (row.raw("teller")) {
            case "1" -> true;
            case "0" -> false;
            default -> throw row.fail("teller", "\"" + row.raw("teller") + "\" is neither 1 nor 0");
        };
        if (teller && lobby == Lobby.BOTH) {
            throw row.fail("teller", "a teller tells for one side, so cannot have voted both");
        }
        try {
            batch.add(new DivisionBatch.VoteRow(divisionId, memberId, party, lobby, teller), name);
        } catch (IllegalArgumentException e) {
            throw row.fail("mnis_id", e.getMessage());
        }
    }

    /** The per-MP file must add up to the totals the divisions file gives for it. */
    private static void crossCheck(CsvRow row, DivisionBatch.Counted counted) {
        var problems = new Problems();
        for (var check : List.of(
                Map.entry("aye_total", counted.ayes()),
                Map.entry("no_total", counted.noes()),
                Map.entry("aye_tellers", counted.ayeTellers()),
                Map.entry("no_tellers", counted.noTellers()))) {
            problems.check(() -> {
                int stated = row.wholeNumber(check.getKey());
                if (stated != check.getValue()) {
                    throw row.fail(
                            check.getKey(),
                            "says " + stated + " but " + VOTES + " has " + check.getValue() + " for division "
                                    + row.raw("commons_votes_division_id"));
                }
            });
        }
        problems.throwIfAny();
    }

    private static int positive(CsvRow row, String column) {
        int value = row.wholeNumber(column);
        if (value == 0) {
            throw row.fail(column, "must be greater than 0");
        }
        return value;
    }
}
