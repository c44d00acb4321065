package org.convener.platform.imports;

import java.net.URI;
import java.util.Optional;

/**
 * One file of a dataset, or a folder of documents that a publisher serves one at a time.
 *
 * @param name the file name in the data directory; a folder's name ends with {@code /}
 * @param download where its publisher keeps it (for a folder, the publisher's service), or
 *     {@code null} when it has no stable public address
 */
public record DataFile(String name, URI download) {

    public static DataFile at(String name, String url) {
        return new DataFile(name, URI.create(url));
    }

    public static DataFile local(String name) {
        return new DataFile(name, null);
    }

    /**
     * A folder of documents fetched one by one from a publisher's service (a {@link
     * DocumentDownload} of the same dataset fetches them).
     */
    public static DataFile folder(String name, String serviceUrl) {
        return new DataFile(name.endsWith("/") ? name : name + "/", URI.create(serviceUrl));
    }

    public boolean isFolder() {
        return name.endsWith("/");
    }

    /** The folder's name without the trailing {@code /}, or the file's name. */
    public String path() {
        return isFolder() ? name.substring(0, name.length() - 1) : name;
    }

    public Optional<URI> downloadAddress() {
        return Optional.ofNullable(download);
    }
}
