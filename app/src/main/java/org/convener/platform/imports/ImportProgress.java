package org.convener.platform.imports;

/** Where an import reports how far it has got. */
public interface ImportProgress {

    /** Work on the {@code index}th of {@code total} datasets begins. */
    default void dataset(int index, int total, Dataset dataset) {
        stage(dataset.id() + ": " + dataset.title());
    }

    /** A new stage of the current dataset, e.g. "reading candidates". */
    void stage(String description);

    /** How much of the current stage is done. */
    void advance(long done, long total);

    ImportProgress SILENT = new ImportProgress() {
        @Override
        public void stage(String description) {}

        @Override
        public void advance(long done, long total) {}
    };
}
