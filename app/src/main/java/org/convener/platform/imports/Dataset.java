package org.convener.platform.imports;

import java.util.List;

/**
 * A dataset Convener imports: what it is, who publishes it under which licence, the files it is
 * made of and the datasets it builds on.
 *
 * @param id short stable name, e.g. {@code ge2024}
 * @param title what it is, for people
 * @param publisher who publishes it
 * @param licence the licence it is used under
 * @param attribution the statement the licence asks to be shown
 * @param files its files, read from the data directory
 * @param dependsOn ids of datasets that must be imported first
 * @param optional a dataset a deployment may go without, such as documents that only {@code import
 *     --download} fetches: when its files are absent it is reported, but that is not a failure
 */
public record Dataset(
        String id,
        String title,
        String publisher,
        String licence,
        String attribution,
        List<DataFile> files,
        List<String> dependsOn,
        boolean optional) {

    public Dataset {
        files = List.copyOf(files);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A dataset every data directory is expected to hold. */
    public Dataset(
            String id,
            String title,
            String publisher,
            String licence,
            String attribution,
            List<DataFile> files,
            List<String> dependsOn) {
        this(id, title, publisher, licence, attribution, files, dependsOn, false);
    }
}
