package org.convener.platform;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for download, one row at a time, with every text cell neutralised against formula
 * injection ({@link SpreadsheetCells}). The one way Convener writes CSV.
 */
public final class CsvExport implements Closeable {

    private final CSVPrinter printer;

    private CsvExport(Writer out, String... header) {
        try {
            this.printer = CSVFormat.DEFAULT.builder().setHeader(header).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file written to {@code out}, starting with {@code header}. */
    public static CsvExport to(Writer out, String... header) {
        return new CsvExport(out, header);
    }

    /** A UTF-8 CSV file written to {@code out} (a response's stream), starting with {@code header}. */
    public static CsvExport to(OutputStream out, String... header) {
        return new CsvExport(new PrintWriter(out, false, StandardCharsets.UTF_8), header);
    }

    public void row(Object... values) {
        var cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = SpreadsheetCells.cell(values[i]);
        }
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
