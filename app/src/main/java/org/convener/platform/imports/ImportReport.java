package org.convener.platform.imports;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes the outcome of an import run for people. */
final class ImportReport {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private ImportReport() {}

    static void write(List<DatasetOutcome> outcomes, DatasetImports imports, PrintWriter out) {
        out.println();
        int width =
                outcomes.stream().mapToInt(o -> o.dataset().id().length()).max().orElse(0) + 1;
        for (DatasetOutcome outcome : outcomes) {
            String id = String.format(
                    "%-" + Math.max(13, width) + "s", outcome.dataset().id());
            switch (outcome.status()) {
                case IMPORTED ->
                    out.println("  imported   " + id + outcome.summary().description() + " (" + seconds(outcome.took())
                            + ")");
                case UNCHANGED ->
                    out.println("  unchanged  " + id + outcome.summary().description() + ", imported "
                            + imports.imported(outcome.dataset().id())
                                    .map(p -> WHEN.format(p.importedAt()))
                                    .orElse("before"));
                case MISSING ->
                    out.println(
                            outcome.dataset().optional()
                                    ? "  absent     " + id
                                            + "optional, not imported (./convener import --download fetches it):"
                                    : "  missing    " + id + "not imported:");
                case FAILED -> out.println("  FAILED     " + id + "nothing imported from it:");
                case SKIPPED -> out.println("  skipped    " + id + "not imported:");
            }
            outcome.problems().forEach(problem -> out.println("      " + problem));
            if (outcome.status() == DatasetOutcome.Status.IMPORTED && outcome.summary() != null) {
                outcome.summary().warnings().forEach(w -> out.println("      note: " + w));
            }
        }
        long ok = outcomes.stream().filter(o -> o.status().ok()).count();
        long imported = outcomes.stream()
                .filter(o -> o.status() == DatasetOutcome.Status.IMPORTED)
                .count();
        long absent = outcomes.stream()
                .filter(o -> !o.status().ok() && o.acceptable())
                .count();
        out.println(imported + " imported, " + (ok - imported) + " unchanged, " + (outcomes.size() - ok - absent)
                + " not imported" + (absent > 0 ? ", " + absent + " optional absent" : "") + ".");
        out.flush();
    }

    static boolean succeeded(List<DatasetOutcome> outcomes) {
        boolean failed = outcomes.stream().anyMatch(o -> o.status() == DatasetOutcome.Status.FAILED);
        boolean anyOk = outcomes.stream().anyMatch(o -> o.status().ok());
        return !failed && anyOk;
    }

    private static String seconds(Duration took) {
        return String.format("%.1f s", took.toMillis() / 1000.0);
    }
}
