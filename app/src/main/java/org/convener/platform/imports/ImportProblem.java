package org.convener.platform.imports;

/**
 * Something wrong in an input file, located as precisely as the format allows.
 *
 * @param file the file name
 * @param line 1-based line, or 0 for the file as a whole
 * @param column the column (header name or JSON field), or {@code null}
 * @param reason what is wrong, in words
 */
public record ImportProblem(String file, int line, String column, String reason) {

    public static ImportProblem inFile(String file, String reason) {
        return new ImportProblem(file, 0, null, reason);
    }

    @Override
    public String toString() {
        var text = new StringBuilder(file);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (column != null) {
            text.append(", column \"").append(column).append('"');
        }
        return text.append(": ").append(reason).toString();
    }
}
