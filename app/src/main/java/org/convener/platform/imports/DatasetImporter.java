package org.convener.platform.imports;

/**
 * Loads one dataset into the database. Implementations validate everything before or while they
 * write, throw {@link ImportException} on the first file that is wrong, and replace what the
 * dataset held before; the caller runs them in one transaction, so a failure leaves nothing behind.
 */
public interface DatasetImporter {

    Dataset dataset();

    ImportSummary load(DatasetFiles files, ImportProgress progress);
}
