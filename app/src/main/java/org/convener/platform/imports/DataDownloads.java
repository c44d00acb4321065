package org.convener.platform.imports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches the dataset files that have a stable public address from their publishers, for a
 * machine without a copy of the data.
 */
@Component
public class DataDownloads {

    private final HttpClient http;
    private final String mirror;
    private final Map<String, DocumentDownload> documents;

    DataDownloads(String mirror) {
        this(mirror, List.of());
    }

    @org.springframework.beans.factory.annotation.Autowired
    DataDownloads(@Value("${convener.import.mirror:}") String mirror, List<DocumentDownload> documents) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.mirror = mirror.endsWith("/") ? mirror.substring(0, mirror.length() - 1) : mirror;
        this.documents = new LinkedHashMap<>();
        documents.forEach(d -> this.documents.put(d.datasetId(), d));
    }

    /** The same downloads from another mirror (a blank one: from the publishers). */
    public DataDownloads withMirror(String mirror) {
        return new DataDownloads(mirror == null ? "" : mirror.trim(), List.copyOf(documents.values()));
    }

    /** What a download run got and what it could not. */
    public record Report(List<String> fetched, Map<String, String> notFetched) {}

    public Report fetch(List<Dataset> datasets, Path into, ImportProgress progress) {
        try {
            Files.createDirectories(into);
        } catch (IOException e) {
            throw new IllegalStateException("could not create " + into + ": " + e.getMessage(), e);
        }
        var wanted = new LinkedHashMap<String, DataFile>();
        var folderOf = new LinkedHashMap<String, String>();
        datasets.forEach(dataset -> dataset.files().forEach(file -> {
            wanted.putIfAbsent(file.name(), file);
            if (file.isFolder()) {
                folderOf.putIfAbsent(file.name(), dataset.id());
            }
        }));
        var fetched = new ArrayList<String>();
        var notFetched = new LinkedHashMap<String, String>();
        int done = 0;
        for (DataFile file : wanted.values()) {
            progress.advance(done++, wanted.size());
            if (file.downloadAddress().isEmpty()) {
                notFetched.put(file.name(), "it has no stable public address; place a copy in the data directory");
                continue;
            }
            if (file.isFolder()) {
                fetchDocuments(file, documents.get(folderOf.get(file.name())), into, progress, fetched, notFetched);
                continue;
            }
            URI address = address(file);
            try {
                download(address, into.resolve(file.name()));
                fetched.add(file.name());
            } catch (IOException e) {
                notFetched.put(file.name(), "could not download " + address + ": " + describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                notFetched.put(file.name(), "interrupted while downloading " + address);
                break;
            }
        }
        progress.advance(wanted.size(), wanted.size());
        return new Report(fetched, notFetched);
    }

    private void fetchDocuments(
            DataFile folder,
            DocumentDownload download,
            Path into,
            ImportProgress progress,
            List<String> fetched,
            Map<String, String> notFetched) {
        if (download == null) {
            notFetched.put(folder.name(), "no module knows how to fetch its documents");
            return;
        }
        try {
            Path target = into.resolve(folder.path());
            Files.createDirectories(target);
            String what = download.fetch(address -> get(documentAddress(folder, address)), target, progress);
            fetched.add(folder.name() + " (" + what + ")");
        } catch (IOException e) {
            notFetched.put(folder.name(), describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            notFetched.put(folder.name(), "interrupted while downloading");
        }
    }

    private URI documentAddress(DataFile folder, URI address) {
        if (mirror.isEmpty()) {
            return address;
        }
        String query = address.getRawQuery() == null ? "" : "?" + address.getRawQuery();
        return URI.create(mirror + "/" + folder.path() + address.getRawPath() + query);
    }

    private byte[] get(URI address) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(address)
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .GET()
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(address + ": the server answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    private URI address(DataFile file) {
        return mirror.isEmpty() ? file.download() : URI.create(mirror + "/" + file.name());
    }

    private void download(URI address, Path target) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(address)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        var response = http.send(request, HttpResponse.BodyHandlers.ofFile(partial));
        if (response.statusCode() != 200) {
            Files.deleteIfExists(partial);
            throw new IOException("the server answered HTTP " + response.statusCode());
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
