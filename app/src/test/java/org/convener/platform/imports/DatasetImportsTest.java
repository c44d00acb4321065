package org.convener.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.convener.ConvenerTest;
import org.convener.DatabaseFingerprint;
import org.convener.OfficialData;
import org.convener.platform.imports.DatasetOutcome.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@ConvenerTest
class DatasetImportsTest {

    @Autowired
    DatasetImports imports;

    @Autowired
    ProvenanceStore provenance;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @BeforeEach
    void officialData() {
        OfficialData.imported(imports);
    }

    @Test
    void aSecondImportOfTheSameFilesChangesNothing() {
        var before = DatabaseFingerprint.of(jdbc);

        var outcomes = imports.importAll(OfficialData.directory(), ImportProgress.SILENT);

        assertThat(outcomes)
                .filteredOn(o -> !o.dataset().optional())
                .extracting(DatasetOutcome::status)
                .containsOnly(Status.UNCHANGED);
        // documents that only a download fetches are not in the data directory, which is no failure
        assertThat(outcomes)
                .filteredOn(o -> o.dataset().optional())
                .allSatisfy(o -> assertThat(o.acceptable()).isTrue())
                .extracting(DatasetOutcome::status)
                .containsOnly(Status.MISSING);
        assertThat(outcomes)
                .extracting(o -> o.dataset().id())
                .containsExactly(
                        "ge2024",
                        "byelections",
                        "mps",
                        "commons-divisions",
                        "commons-votes",
                        "hexmap",
                        "notional2019",
                        "polls",
                        "redwall");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void forcingAReimportRewritesTheSameRows() {
        var before = DatabaseFingerprint.of(jdbc);

        var outcomes = imports.importAll(OfficialData.directory(), ImportProgress.SILENT, true);

        assertThat(outcomes)
                .filteredOn(o -> !o.dataset().optional())
                .extracting(DatasetOutcome::status)
                .containsOnly(Status.IMPORTED);
        var after = DatabaseFingerprint.of(jdbc);
        after.remove("platform.dataset_import"); // only the import times move
        before.remove("platform.dataset_import");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aFailureAfterWritingRollsEverythingBack() {
        var before = DatabaseFingerprint.of(jdbc);
        DatasetImporter halfway = new DatasetImporter() {
            @Override
            public Dataset dataset() {
                return new Dataset("halfway", "writes, then fails", "test", "none", "none", List.of(), List.of());
            }

            @Override
            public ImportSummary load(DatasetFiles files, ImportProgress progress) {
                jdbc.update("delete from seats.hex");
                jdbc.update("delete from polls.poll");
                throw new ImportException(ImportProblem.inFile("halfway.csv", "failed after writing"));
            }
        };
        var orchestrator = new DatasetImports(List.of(halfway), provenance, transaction, events, Clock.systemUTC());

        var outcomes = orchestrator.importAll(temp, ImportProgress.SILENT);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.FAILED);
            assertThat(o.problems()).extracting(ImportProblem::reason).containsExactly("failed after writing");
        });
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aDatabaseErrorIsReportedAsAFailureAndRolledBack() {
        var before = DatabaseFingerprint.of(jdbc);
        DatasetImporter clash = new DatasetImporter() {
            @Override
            public Dataset dataset() {
                return new Dataset("clash", "breaks a constraint", "test", "none", "none", List.of(), List.of());
            }

            @Override
            public ImportSummary load(DatasetFiles files, ImportProgress progress) {
                jdbc.update("delete from seats.hex");
                jdbc.update(
                        "insert into seats.hex (constituency_code, q, r) values ('E14001079', 1, 1), ('E14001080', 1, 1)");
                return new ImportSummary(0, "never", List.of());
            }
        };
        var orchestrator = new DatasetImports(List.of(clash), provenance, transaction, events, Clock.systemUTC());

        var outcome = orchestrator.importAll(temp, ImportProgress.SILENT).get(0);

        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.problems().get(0).reason()).contains("could not be stored", "duplicate key");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void missingFilesAreReportedAndTheRestStillImport() throws Exception {
        Path partial = OfficialData.copyTo(temp.resolve("partial"));
        Files.delete(partial.resolve("polls-gb-2024-07-to-2026-07-tidy.csv"));

        var outcomes = imports.importAll(partial, ImportProgress.SILENT);

        var polls = OfficialData.outcome(outcomes, "polls");
        assertThat(polls.status()).isEqualTo(Status.MISSING);
        assertThat(polls.problems().get(0).toString()).contains("polls-gb-2024-07-to-2026-07-tidy.csv", "not found");
        assertThat(OfficialData.outcome(outcomes, "ge2024").status()).isEqualTo(Status.UNCHANGED);
    }
}
