package org.convener.platform.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Fetches a dataset that its publisher serves as many documents behind an index (a paged API) into
 * the dataset's folder ({@link DataFile#folder}). A module declares one as a bean beside the
 * dataset's importer; {@code ./convener import --download} runs it.
 */
public interface DocumentDownload {

    /** The id of the dataset whose folder this fills. */
    String datasetId();

    /**
     * Fetches the documents into {@code folder}, asking {@code fetcher} for every request so that
     * the mirror setting applies.
     *
     * @return what was fetched, in words, e.g. "412 documents, 12 of them new"
     * @throws IOException when the index or a document cannot be fetched
     */
    String fetch(Fetcher fetcher, Path folder, ImportProgress progress) throws IOException, InterruptedException;

    /** Reads a document from its publisher or, when a mirror is set, from the mirror. */
    interface Fetcher {

        /**
         * The body of the document at {@code address}. From a mirror it is asked for at the mirror's
         * base, then the folder's name, then the address's path and query: {@code
         * MIRROR/commons-votes-api/data/division/1829.json}.
         *
         * @throws IOException when the server answers other than HTTP 200, or not at all
         */
        byte[] get(URI address) throws IOException, InterruptedException;
    }
}
