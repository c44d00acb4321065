package org.convener.platform.imports;

import java.time.Instant;
import java.util.List;

/**
 * The stored record of a dataset's last import.
 *
 * @param files each file with its SHA-256, so a second import of the same files changes nothing
 */
public record DatasetProvenance(
        String datasetId,
        String title,
        String publisher,
        String licence,
        String attribution,
        String sourceDirectory,
        List<FileChecksum> files,
        int records,
        String description,
        List<ImportProblem> warnings,
        Instant importedAt) {

    public record FileChecksum(String name, String sha256, long bytes) {}
}
