package org.convener.platform.imports;

import java.util.List;

/**
 * What a dataset import loaded.
 *
 * @param records how many records it stored
 * @param description the same in words, e.g. "650 constituencies, 4,515 candidacies"
 * @param warnings inconsistencies in the source that did not stop the import, each saying which figure was used
 */
public record ImportSummary(int records, String description, List<ImportProblem> warnings) {

    public ImportSummary {
        warnings = List.copyOf(warnings);
    }
}
