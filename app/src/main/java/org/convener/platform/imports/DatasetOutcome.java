package org.convener.platform.imports;

import java.time.Duration;
import java.util.List;

/**
 * What happened to one dataset in an import run.
 *
 * @param dataset the dataset
 * @param status what happened
 * @param summary what was loaded, when it was
 * @param problems why it was not, when it was not
 * @param took how long it took
 */
public record DatasetOutcome(
        Dataset dataset, Status status, ImportSummary summary, List<ImportProblem> problems, Duration took) {

    public enum Status {
        IMPORTED,
        UNCHANGED,
        MISSING,
        FAILED,
        SKIPPED;

        public boolean ok() {
            return this == IMPORTED || this == UNCHANGED;
        }
    }

    public DatasetOutcome {
        problems = List.copyOf(problems);
    }

    /** Imported or unchanged, or an optional dataset that this data directory does not hold. */
    public boolean acceptable() {
        return status.ok() || (status == Status.MISSING && dataset.optional());
    }
}
