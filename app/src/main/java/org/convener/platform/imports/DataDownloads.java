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

    DataDownloads(@Value("${convener.import.mirror:}") String mirror) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.mirror = mirror.endsWith("/") ? mirror.substring(0, mirror.length() - 1) : mirror;
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
        datasets.forEach(dataset -> dataset.files().forEach(file -> wanted.putIfAbsent(file.name(), file)));
        var fetched = new ArrayList<String>();
        var notFetched = new LinkedHashMap<String, String>();
        int done = 0;
        for (DataFile file : wanted.values()) {
            progress.advance(done++, wanted.size());
            if (file.downloadAddress().isEmpty()) {
                notFetched.put(file.name(), "it has no stable public address; place a copy in the data directory");
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
