package org.convener.platform.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convener.platform.SpreadsheetCells;

/**
 * A CSV file read whole and checked for shape: the columns a reader needs are present, and every
 * row has as many fields as the header. Rows know their line in the file for error messages.
 */
public final class CsvTable {

    private final String file;
    private final List<CsvRow> rows;
    private final List<ImportProblem> formulaWarnings;

    private CsvTable(String file, List<CsvRow> rows, List<ImportProblem> formulaWarnings) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.formulaWarnings = List.copyOf(formulaWarnings);
    }

    /** A file whose first line is a header holding at least {@code required}. */
    public static CsvTable withHeader(String file, String text, List<String> required) {
        return parse(file, text, required, false);
    }

    /**
     * A file that its publisher issues without a header but that may carry one; {@code columns}
     * names its fields in order.
     */
    public static CsvTable headerOptional(String file, String text, List<String> columns) {
        return parse(file, text, columns, true);
    }

    public String file() {
        return file;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    /**
     * Cells a spreadsheet would run as a formula ({@code =HYPERLINK(...)}): imported as the text
     * they are, but worth a warning, since whoever made the file may not have meant them.
     */
    public List<ImportProblem> formulaWarnings() {
        return formulaWarnings;
    }

    private static CsvTable parse(String file, String text, List<String> columns, boolean headerOptional) {
        if (text.isBlank()) {
            throw new ImportException(ImportProblem.inFile(file, "the file is empty"));
        }
        var lines = new LineIndex(text);
        var records = readRecords(file, text);
        if (records.isEmpty()) {
            throw new ImportException(ImportProblem.inFile(file, "the file has no rows"));
        }
        List<String> first = records.get(0).toList().stream().map(String::trim).toList();
        boolean hasHeader = !headerOptional || looksLikeHeader(first, columns);
        Map<String, Integer> index = hasHeader ? indexOf(file, first, columns) : positional(columns);
        int width = hasHeader ? first.size() : columns.size();

        var rows = new ArrayList<CsvRow>();
        var formulas = new ArrayList<ImportProblem>();
        var names = new String[width];
        index.forEach((name, at) -> {
            if (at < width) {
                names[at] = name;
            }
        });
        var problems = new Problems();
        for (int i = hasHeader ? 1 : 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            int line = lines.lineAt(record.getCharacterPosition());
            if (record.size() != width) {
                boolean last = i == records.size() - 1;
                problems.add(new ImportProblem(
                        file,
                        line,
                        null,
                        "expected " + width + " fields but found " + record.size()
                                + (last && record.size() < width ? "; the file looks truncated" : "")));
                continue;
            }
            rows.add(new CsvRow(file, line, record.toList(), index));
            for (int field = 0; field < record.size(); field++) {
                String value = record.get(field);
                if (SpreadsheetCells.looksLikeFormula(value)) {
                    formulas.add(new ImportProblem(
                            file,
                            line,
                            names[field],
                            "begins with " + describe(value.charAt(0))
                                    + ", so a spreadsheet would run it as a formula; it is kept as text, and"
                                    + " Convener's CSV downloads write it with a leading '"));
                }
            }
        }
        problems.throwIfAny();
        if (rows.isEmpty()) {
            throw new ImportException(ImportProblem.inFile(file, "the file has a header but no data rows"));
        }
        return new CsvTable(file, rows, formulas);
    }

    private static String describe(char first) {
        return switch (first) {
            case '\t' -> "a tab";
            case '\r' -> "a carriage return";
            default -> "\"" + first + "\"";
        };
    }

    private static List<CSVRecord> readRecords(String file, String text) {
        var records = new ArrayList<CSVRecord>();
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            try {
                parser.forEach(records::add);
            } catch (UncheckedIOException e) {
                throw new ImportException(new ImportProblem(
                        file,
                        (int) parser.getCurrentLineNumber(),
                        null,
                        "a quoted field is never closed; the file looks truncated"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static boolean looksLikeHeader(List<String> first, List<String> columns) {
        var names = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return first.stream().anyMatch(field -> names.contains(field.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Integer> indexOf(String file, List<String> header, List<String> required) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        var missing = required.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportException(missing.stream()
                    .map(column -> new ImportProblem(
                            file,
                            1,
                            column,
                            "is missing from the header (the header has: " + String.join(", ", header) + ")"))
                    .toList());
        }
        return index;
    }

    private static Map<String, Integer> positional(List<String> columns) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        return index;
    }

    /** Maps a record's character offset to the 1-based line its data starts on. */
    private static final class LineIndex {
        private final String text;
        private final int[] lineStarts;

        LineIndex(String text) {
            this.text = text;
            var starts = new ArrayList<Integer>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long position) {
            int found = Arrays.binarySearch(lineStarts, (int) position);
            int line = found >= 0 ? found + 1 : -found - 1;
            // the parser places a record after skipped blank lines at the first of them
            while (line < lineStarts.length && blank(line)) {
                line++;
            }
            return line;
        }

        private boolean blank(int line) {
            int start = lineStarts[line - 1];
            int end = line < lineStarts.length ? lineStarts[line] : text.length();
            return text.substring(start, end).isBlank();
        }
    }
}
