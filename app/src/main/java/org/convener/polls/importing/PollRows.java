package org.convener.polls.importing;

import java.util.List;
import org.convener.platform.imports.CsvRow;
import org.convener.platform.imports.CsvTable;

/**
 * The tidy poll format, for polls uploaded or typed in the product: the same columns, checks and
 * refusal of repeats as the import of the published file. Each row comes back as fieldwork
 * start, end, pollster, client, area, sample size, the shares of {@link #SHARES}, MRP or not,
 * notes and line.
 */
public final class PollRows {

    /** The share columns, in the order rows hold them. */
    public static final List<String> SHARES = PollsImport.SHARES;

    /** The file's columns, in order. */
    public static final List<String> COLUMNS = PollsImport.COLUMNS;

    private PollRows() {}

    /** Reads a whole file, all-or-nothing; throws an {@code ImportException} naming every bad line and field. */
    public static List<Object[]> read(String file, String text) {
        return PollsImport.rows(CsvTable.withHeader(file, text, COLUMNS));
    }

    /** Reads one row, as the file's checks would. */
    public static Object[] read(CsvRow row) {
        return PollsImport.read(row);
    }

    public static boolean isMrp(String pollster, String notes) {
        return PollsImport.isMrp(pollster, notes);
    }
}
