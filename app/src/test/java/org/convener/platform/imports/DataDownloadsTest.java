package org.convener.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.convener.OfficialData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a real HTTP server on loopback standing in for the publishers. */
class DataDownloadsTest {

    HttpServer server;
    String mirror;

    @TempDir
    Path temp;

    @BeforeEach
    void startMirror() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = OfficialData.directory()
                    .resolve(exchange.getRequestURI().getPath().substring(1));
            if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith("mp_")) {
                byte[] body = Files.readAllBytes(file);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        mirror = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopMirror() {
        server.stop(0);
    }

    @Test
    void fetchesEveryFileWithAnAddressAndSaysWhatItCouldNotGet() throws IOException {
        var datasets = List.of(
                new Dataset(
                        "a",
                        "A",
                        "p",
                        "l",
                        "x",
                        List.of(
                                DataFile.at(
                                        "HoC-GE2024-results-by-constituency.csv", "https://example.invalid/one.csv"),
                                DataFile.at("mp_lookup.csv", "https://example.invalid/mp.csv")),
                        List.of()),
                new Dataset(
                        "b",
                        "B",
                        "p",
                        "l",
                        "x",
                        List.of(DataFile.local("polls-gb-2024-07-to-2026-07-tidy.csv")),
                        List.of()));

        var report = new DataDownloads(mirror).fetch(datasets, temp, ImportProgress.SILENT);

        assertThat(report.fetched()).containsExactly("HoC-GE2024-results-by-constituency.csv");
        assertThat(temp.resolve("HoC-GE2024-results-by-constituency.csv"))
                .hasSameBinaryContentAs(OfficialData.directory().resolve("HoC-GE2024-results-by-constituency.csv"));
        assertThat(report.notFetched()).containsOnlyKeys("mp_lookup.csv", "polls-gb-2024-07-to-2026-07-tidy.csv");
        assertThat(report.notFetched().get("mp_lookup.csv")).contains("HTTP 404");
        assertThat(report.notFetched().get("polls-gb-2024-07-to-2026-07-tidy.csv"))
                .contains("no stable public address");
        assertThat(temp.resolve("mp_lookup.csv")).doesNotExist();
        assertThat(temp.resolve("mp_lookup.csv.part")).doesNotExist();
    }

    @Test
    void anUnreachablePublisherIsReportedNotThrown() {
        var datasets = List.of(new Dataset(
                "a", "A", "p", "l", "x", List.of(DataFile.at("x.csv", "http://127.0.0.1:1/x.csv")), List.of()));

        var report = new DataDownloads("").fetch(datasets, temp, ImportProgress.SILENT);

        assertThat(report.fetched()).isEmpty();
        assertThat(report.notFetched().get("x.csv")).startsWith("could not download http://127.0.0.1:1/x.csv");
    }
}
