package org.convener.platform.imports;

/** Published after a dataset's import has committed. */
public record DatasetImported(String datasetId) {}
