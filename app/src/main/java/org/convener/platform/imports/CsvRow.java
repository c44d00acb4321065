package org.convener.platform.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * One data row of a {@link CsvTable}. Each typed getter either returns a valid value or throws an
 * {@link ImportException} naming the file, line, column and reason.
 */
public final class CsvRow {

    private final String file;
    private final int line;
    private final List<String> values;
    private final Map<String, Integer> index;

    CsvRow(String file, int line, List<String> values, Map<String, Integer> index) {
        this.file = file;
        this.line = line;
        this.values = values;
        this.index = index;
    }

    public int line() {
        return line;
    }

    public String file() {
        return file;
    }

    /** The raw value, trimmed; empty when blank. */
    public String raw(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in " + file);
        }
        return values.get(i).trim();
    }

    public String text(String column) {
        String value = raw(column);
        if (value.isEmpty()) {
            throw fail(column, "is empty");
        }
        return value;
    }

    /** The value, or {@code null} when blank. */
    public String optionalText(String column) {
        String value = raw(column);
        return value.isEmpty() ? null : value;
    }

    public int wholeNumber(String column) {
        return parseWhole(column, raw(column), false);
    }

    /** A whole number that the source may write with thousands separators ("37,508"). */
    public int wholeNumberAllowingSeparators(String column) {
        return parseWhole(column, raw(column), true);
    }

    public Integer optionalWholeNumber(String column) {
        String value = raw(column);
        return value.isEmpty() ? null : parseWhole(column, value, true);
    }

    public double decimal(String column) {
        String value = raw(column);
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw fail(column, "\"" + value + "\" is not a number");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw fail(column, "\"" + value + "\" is not a number");
        }
    }

    public Double optionalDecimal(String column) {
        return raw(column).isEmpty() ? null : decimal(column);
    }

    public LocalDate date(String column, DateTimeFormatter format, String described) {
        String value = raw(column);
        try {
            return LocalDate.parse(value, format);
        } catch (DateTimeParseException e) {
            throw fail(column, "\"" + value + "\" is not a date (" + described + ")");
        }
    }

    public boolean yesNo(String column) {
        String value = raw(column);
        if (value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("no") || value.equalsIgnoreCase("false") || value.isEmpty()) {
            return false;
        }
        throw fail(column, "\"" + value + "\" is neither Yes nor No");
    }

    /** A problem with a value in this row. */
    public ImportException fail(String column, String reason) {
        return new ImportException(new ImportProblem(file, line, column, reason));
    }

    private int parseWhole(String column, String value, boolean separators) {
        String digits = separators ? value.replace(",", "") : value;
        if (digits.isEmpty()) {
            throw fail(column, "is empty; a whole number is needed");
        }
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw fail(column, "\"" + value + "\" is not a whole number");
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw fail(column, "\"" + value + "\" is too large");
        }
    }
}
