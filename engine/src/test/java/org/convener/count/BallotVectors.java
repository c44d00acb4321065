package org.convener.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The published ballot test vectors in {@code ../shared/data/ballots}: a BLT file and its expected results. */
final class BallotVectors {

    static final int CASES = 143;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BallotVectors() {}

    record Case(String name, Path blt, JsonNode expected) {
        String rule() {
            return expected.get("rule").asText();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Path directory() {
        String configured = System.getProperty("convener.test.data-dir");
        Path data = configured != null
                ? Path.of(configured)
                : Stream.of(Path.of("../shared/data"), Path.of("../../shared/data"))
                        .filter(Files::isDirectory)
                        .findFirst()
                        .orElse(Path.of("../shared/data"));
        Path dir = data.resolve("ballots");
        assertThat(dir).as("ballot test vectors").isDirectory();
        return dir;
    }

    static List<Case> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(BallotVectors::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case load(Path json) {
        try {
            JsonNode expected = JSON.readTree(json.toFile());
            String name = json.getFileName().toString().replaceAll("\\.json$", "");
            return new Case(name, json.resolveSibling(expected.get("file").asText()), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
