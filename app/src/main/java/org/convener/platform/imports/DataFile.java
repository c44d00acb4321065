package org.convener.platform.imports;

import java.net.URI;
import java.util.Optional;

/**
 * One file of a dataset.
 *
 * @param name the file name in the data directory
 * @param download where its publisher keeps it, or {@code null} when it has no stable public address
 */
public record DataFile(String name, URI download) {

    public static DataFile at(String name, String url) {
        return new DataFile(name, URI.create(url));
    }

    public static DataFile local(String name) {
        return new DataFile(name, null);
    }

    public Optional<URI> downloadAddress() {
        return Optional.ofNullable(download);
    }
}
