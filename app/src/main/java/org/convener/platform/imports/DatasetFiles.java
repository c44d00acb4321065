package org.convener.platform.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The files of one dataset in a data directory, read as strict UTF-8. */
public final class DatasetFiles {

    private final Path directory;

    public DatasetFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public Path path(String name) {
        return directory.resolve(name);
    }

    /** Whether the file is there; for a folder (a name ending in {@code /}), whether the folder is. */
    public boolean exists(String name) {
        return name.endsWith("/") ? Files.isDirectory(path(name)) : Files.isRegularFile(path(name));
    }

    /**
     * The documents in a dataset's folder whose names end with {@code suffix}, by name, each read as
     * strict UTF-8 and named {@code folder/document} for error messages.
     */
    public java.util.SortedMap<String, String> documents(String folder, String suffix) {
        Path directory = path(folder);
        if (!Files.isDirectory(directory)) {
            throw new ImportException(ImportProblem.inFile(folder, "not found in " + this.directory));
        }
        var documents = new java.util.TreeMap<String, String>();
        try (var listing = Files.list(directory)) {
            for (Path file : listing.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .toList()) {
                String name = directory.getFileName() + "/" + file.getFileName();
                documents.put(name, decode(name, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + directory, e);
        }
        return documents;
    }

    /** The file's text, without a leading byte-order mark. */
    public String text(String name) {
        Path file = path(name);
        if (!Files.isRegularFile(file)) {
            throw new ImportException(ImportProblem.inFile(name, "not found in " + directory));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        return decode(name, bytes);
    }

    public CsvTable csv(String name, List<String> requiredColumns) {
        return CsvTable.withHeader(name, text(name), requiredColumns);
    }

    public CsvTable headerOptionalCsv(String name, List<String> columns) {
        return CsvTable.headerOptional(name, text(name), columns);
    }

    static String decode(String name, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = buffer.position();
            int line = 1;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ImportException(
                    new ImportProblem(name, line, null, "is not valid UTF-8 text (byte " + offset + ")"));
        }
    }
}
