package org.convener.platform;

import java.util.regex.Pattern;

/**
 * Cells a spreadsheet would run as a formula. A cell beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is opened by Excel, LibreOffice and Google
 * Sheets as a formula ({@code =HYPERLINK(...)} and worse), so, as OWASP recommends, exports write
 * such a cell with a leading single quote, which makes it text. Plain numbers ({@code -3.5}) are
 * not formulas and keep their form.
 */
public final class SpreadsheetCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private SpreadsheetCells() {}

    /** Whether a spreadsheet would take this text for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean trigger =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** The text as a spreadsheet will show it rather than run it. */
    public static String neutralised(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** A cell value as written: numbers as they are, everything else as neutralised text. */
    static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return neutralised(value.toString());
    }
}
