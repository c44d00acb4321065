package org.convener;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.convener.platform.imports.DatasetImports;
import org.convener.platform.imports.DatasetOutcome;
import org.convener.platform.imports.ImportProgress;

/** The official data files beside the repository ({@code ../shared/data}), as tests use them. */
public final class OfficialData {

    private OfficialData() {}

    public static Path directory() {
        String configured = System.getProperty("convener.test.data-dir");
        Path dir = configured != null
                ? Path.of(configured)
                : Stream.of(Path.of("../shared/data"), Path.of("../../shared/data"))
                        .filter(Files::isDirectory)
                        .findFirst()
                        .orElse(Path.of("../shared/data"));
        assertThat(dir).as("official data directory").isDirectory();
        return dir.toAbsolutePath().normalize();
    }

    /**
     * Imports every dataset (a no-op when already imported) and checks each succeeded; optional
     * datasets that only a download fetches may be absent.
     */
    public static void imported(DatasetImports imports) {
        var outcomes = imports.importAll(directory(), ImportProgress.SILENT);
        assertThat(outcomes)
                .allSatisfy(o -> assertThat(o.acceptable())
                        .as(o.dataset().id() + " " + o.problems())
                        .isTrue());
    }

    /** A writable copy of the data directory, for tests that damage a file. */
    public static Path copyTo(Path target) {
        try (Stream<Path> files = Files.list(directory())) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DatasetOutcome outcome(java.util.List<DatasetOutcome> outcomes, String datasetId) {
        return outcomes.stream()
                .filter(o -> o.dataset().id().equals(datasetId))
                .findFirst()
                .orElseThrow();
    }
}
