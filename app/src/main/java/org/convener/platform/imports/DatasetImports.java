package org.convener.platform.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convener.platform.imports.DatasetOutcome.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the official datasets that the modules declare, each all-or-nothing in its own
 * transaction, in dependency order, and skips any whose files have not changed since the last
 * import.
 */
@Service
public class DatasetImports {

    private final List<DatasetImporter> importers;
    private final ProvenanceStore provenance;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DatasetImports(
            List<DatasetImporter> importers,
            ProvenanceStore provenance,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.importers = inDependencyOrder(importers);
        this.provenance = provenance;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** The datasets Convener knows, in the order they are imported. */
    public List<Dataset> datasets() {
        return importers.stream().map(DatasetImporter::dataset).toList();
    }

    /** What has been imported, with its provenance. */
    public List<DatasetProvenance> imported() {
        return provenance.all();
    }

    public Optional<DatasetProvenance> imported(String datasetId) {
        return provenance.find(datasetId);
    }

    /** When the last import committed, here or in another process; changes whenever data does. */
    public Optional<Instant> lastImport() {
        return provenance.lastImport();
    }

    public boolean nothingImported() {
        return provenance.all().isEmpty();
    }

    /** Imports every dataset found in {@code directory}. */
    public List<DatasetOutcome> importAll(Path directory, ImportProgress progress) {
        return importAll(directory, progress, false);
    }

    /**
     * Imports every dataset found in {@code directory}; with {@code force}, also those whose files
     * are unchanged.
     */
    public List<DatasetOutcome> importAll(Path directory, ImportProgress progress, boolean force) {
        var files = new DatasetFiles(directory);
        var outcomes = new ArrayList<DatasetOutcome>();
        for (int i = 0; i < importers.size(); i++) {
            DatasetImporter importer = importers.get(i);
            progress.dataset(i + 1, importers.size(), importer.dataset());
            outcomes.add(importOne(importer, files, progress, force));
        }
        return outcomes;
    }

    private DatasetOutcome importOne(
            DatasetImporter importer, DatasetFiles files, ImportProgress progress, boolean force) {
        Dataset dataset = importer.dataset();
        Instant started = clock.instant();
        var missing = dataset.files().stream()
                .filter(file -> !files.exists(file.name()))
                .map(file -> ImportProblem.inFile(file.name(), "not found in " + files.directory()))
                .toList();
        if (!missing.isEmpty()) {
            return new DatasetOutcome(dataset, Status.MISSING, null, missing, Duration.ZERO);
        }
        var unmet = dataset.dependsOn().stream()
                .filter(id -> provenance.find(id).isEmpty())
                .map(id -> ImportProblem.inFile(dataset.id(), "needs dataset " + id + ", which is not imported"))
                .toList();
        if (!unmet.isEmpty()) {
            return new DatasetOutcome(dataset, Status.SKIPPED, null, unmet, Duration.ZERO);
        }
        var checksums = dataset.files().stream()
                .map(file -> checksum(files.path(file.name())))
                .toList();
        var previous = provenance.find(dataset.id());
        if (!force && previous.isPresent() && previous.get().files().equals(checksums)) {
            var p = previous.get();
            return new DatasetOutcome(
                    dataset,
                    Status.UNCHANGED,
                    new ImportSummary(p.records(), p.description(), p.warnings()),
                    List.of(),
                    Duration.ZERO);
        }
        try {
            ImportSummary summary = transaction.execute(status -> {
                ImportSummary loaded = importer.load(files, progress);
                provenance.save(new DatasetProvenance(
                        dataset.id(),
                        dataset.title(),
                        dataset.publisher(),
                        dataset.licence(),
                        dataset.attribution(),
                        files.directory().toString(),
                        checksums,
                        loaded.records(),
                        loaded.description(),
                        loaded.warnings(),
                        clock.instant()));
                return loaded;
            });
            events.publishEvent(new DatasetImported(dataset.id()));
            return new DatasetOutcome(
                    dataset, Status.IMPORTED, summary, List.of(), Duration.between(started, clock.instant()));
        } catch (ImportException failure) {
            return new DatasetOutcome(
                    dataset, Status.FAILED, null, failure.problems(), Duration.between(started, clock.instant()));
        } catch (RuntimeException failure) {
            var problem = ImportProblem.inFile(dataset.id(), "could not be stored: " + rootMessage(failure));
            return new DatasetOutcome(
                    dataset, Status.FAILED, null, List.of(problem), Duration.between(started, clock.instant()));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static DatasetProvenance.FileChecksum checksum(Path file) {
        if (Files.isDirectory(file)) {
            return folderChecksum(file);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new DatasetProvenance.FileChecksum(
                    file.getFileName().toString(), HexFormat.of().formatHex(digest), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One digest over a folder's documents, names included, so that adding or changing one shows. */
    private static DatasetProvenance.FileChecksum folderChecksum(Path folder) {
        try (var listing = Files.list(folder)) {
            var digest = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            for (Path document : listing.filter(Files::isRegularFile).sorted().toList()) {
                byte[] content = Files.readAllBytes(document);
                digest.update(document.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
                bytes += content.length;
            }
            return new DatasetProvenance.FileChecksum(
                    folder.getFileName() + "/", HexFormat.of().formatHex(digest.digest()), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + folder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<DatasetImporter> inDependencyOrder(List<DatasetImporter> importers) {
        Map<String, DatasetImporter> byId = new LinkedHashMap<>();
        importers.stream()
                .sorted(java.util.Comparator.comparing(i -> i.dataset().id()))
                .forEach(i -> byId.put(i.dataset().id(), i));
        var ordered = new ArrayList<DatasetImporter>();
        var visiting = new java.util.HashSet<String>();
        for (String id : byId.keySet()) {
            visit(id, byId, ordered, visiting);
        }
        return List.copyOf(ordered);
    }

    private static void visit(
            String id,
            Map<String, DatasetImporter> byId,
            List<DatasetImporter> ordered,
            java.util.Set<String> visiting) {
        DatasetImporter importer = byId.get(id);
        if (importer == null) {
            throw new IllegalStateException("a dataset depends on " + id + ", which no module imports");
        }
        if (ordered.contains(importer)) {
            return;
        }
        if (!visiting.add(id)) {
            throw new IllegalStateException("datasets depend on each other in a cycle through " + id);
        }
        importer.dataset().dependsOn().forEach(dep -> visit(dep, byId, ordered, visiting));
        ordered.add(importer);
    }
}
