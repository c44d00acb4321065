package org.convener.polls.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convener.platform.imports.CsvRow;
import org.convener.platform.imports.DataFile;
import org.convener.platform.imports.Dataset;
import org.convener.platform.imports.DatasetFiles;
import org.convener.platform.imports.DatasetImporter;
import org.convener.platform.imports.ImportProgress;
import org.convener.platform.imports.ImportSummary;
import org.convener.platform.imports.Problems;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** GB voting-intention polls from the tidied Wikipedia table. */
@Component
class PollsImport implements DatasetImporter {

    static final String FILE = "polls-gb-2024-07-to-2026-07-tidy.csv";
    static final List<String> SHARES = List.of("lab", "con", "ref", "ld", "grn", "snp", "pc", "rb", "others");
    private static final List<String> COLUMNS = List.of(
            "fieldwork_start",
            "fieldwork_end",
            "pollster",
            "client",
            "area",
            "sample_size",
            "lab",
            "con",
            "ref",
            "ld",
            "grn",
            "snp",
            "pc",
            "rb",
            "others",
            "notes");

    private static final Dataset DATASET = new Dataset(
            "polls",
            "GB voting-intention polls since July 2024",
            "Wikipedia contributors, \"Opinion polling for the next United Kingdom general election\" (tidied)",
            "CC BY-SA 4.0",
            "Poll figures from Wikipedia, \"Opinion polling for the next United Kingdom general election\", "
                    + "by Wikipedia contributors, licensed under CC BY-SA 4.0.",
            List.of(DataFile.local(FILE)),
            List.of());

    private final JdbcTemplate jdbc;

    PollsImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Dataset dataset() {
        return DATASET;
    }

    /**
     * The longest text each field may hold; the published file's longest are 38, 35, 2 and 78
     * characters. Anything much longer is not a poll.
     */
    static final Map<String, Integer> MAX_LENGTH = Map.of("pollster", 100, "client", 100, "area", 10, "notes", 500);

    @Override
    public ImportSummary load(DatasetFiles files, ImportProgress progress) {
        progress.stage("reading " + FILE);
        var table = files.csv(FILE, COLUMNS);
        var rows = new ArrayList<Object[]>();
        var problems = new Problems();
        var seen = new HashMap<List<Object>, Integer>();
        for (CsvRow row : table.rows()) {
            problems.check(() -> {
                Object[] poll = read(row);
                Integer earlier = seen.putIfAbsent(identity(poll), row.line());
                if (earlier != null) {
                    throw row.fail(
                            "pollster",
                            "repeats the poll on line " + earlier
                                    + " (the same pollster, client, area, fieldwork dates, sample size and shares)");
                }
                rows.add(poll);
            });
        }
        problems.throwIfAny();
        progress.stage("storing " + rows.size() + " polls");
        // identities restart so that importing the same file again yields the same rows
        jdbc.update("truncate table polls.poll restart identity");
        jdbc.batchUpdate("""
                insert into polls.poll (fieldwork_start, fieldwork_end, pollster, client, area, sample_size,
                    lab, con, ref, ld, grn, snp, pc, rb, others, mrp, notes, source_line)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        return new ImportSummary(rows.size(), rows.size() + " polls", table.formulaWarnings());
    }

    /**
     * What makes two rows the same poll: everything but the notes and the line. A pollster may
     * publish two versions of one fieldwork (with and without a prompt, say), which differ in
     * their shares or sample and are both kept.
     */
    private static List<Object> identity(Object[] poll) {
        return Arrays.asList(poll).subList(0, 6 + SHARES.size());
    }

    private static Object[] read(CsvRow row) {
        MAX_LENGTH.forEach((column, max) -> {
            int length = row.raw(column).length();
            if (length > max) {
                throw row.fail(
                        column,
                        "is " + String.format("%,d", length) + " characters long; at most " + max + " are allowed");
            }
        });
        LocalDate start = row.date("fieldwork_start", DateTimeFormatter.ISO_LOCAL_DATE, "YYYY-MM-DD");
        LocalDate end = row.date("fieldwork_end", DateTimeFormatter.ISO_LOCAL_DATE, "YYYY-MM-DD");
        if (end.isBefore(start)) {
            throw row.fail("fieldwork_end", "fieldwork ends on " + end + ", before it starts on " + start);
        }
        String pollster = row.text("pollster");
        Integer sample = row.optionalWholeNumber("sample_size");
        if (sample != null && sample == 0) {
            throw row.fail("sample_size", "a poll cannot have a sample of 0");
        }
        var values = new ArrayList<Object>();
        values.add(start);
        values.add(end);
        values.add(pollster);
        values.add(nullable(row.optionalText("client")));
        values.add(row.text("area"));
        values.add(sample);
        for (String party : SHARES) {
            Double share = row.optionalDecimal(party);
            if (share != null && (share < 0 || share > 100)) {
                throw row.fail(party, share + "% is not a share between 0 and 100");
            }
            values.add(share == null ? null : BigDecimal.valueOf(share));
        }
        String notes = row.optionalText("notes");
        values.add(isMrp(pollster, notes));
        values.add(notes);
        values.add(row.line());
        return values.toArray();
    }

    /** MRP polls are seat models, not national polls, and are kept out of averages. */
    static boolean isMrp(String pollster, String notes) {
        return pollster.toUpperCase(Locale.ROOT).contains("MRP")
                || (notes != null && notes.toUpperCase(Locale.ROOT).contains("MRP"));
    }

    private static String nullable(String client) {
        return client == null || client.equalsIgnoreCase("N/A") ? null : client;
    }
}
