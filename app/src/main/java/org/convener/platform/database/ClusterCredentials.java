package org.convener.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The generated passwords of the embedded cluster's superuser and of the application's role,
 * kept in a file only the owner of the data directory may read.
 */
record ClusterCredentials(String superuserPassword, String applicationPassword) {

    /** The file's name in the data directory. */
    static final String FILE = "convener-credentials.properties";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String toString() {
        return "ClusterCredentials[hidden]";
    }

    static ClusterCredentials generate() {
        return new ClusterCredentials(password(), password());
    }

    static Optional<ClusterCredentials> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        String superuser = properties.getProperty("superuser.password");
        String application = properties.getProperty("application.password");
        if (superuser == null || application == null) {
            throw new IOException(file + " lacks a password; restore it from a backup of the data directory");
        }
        return Optional.of(new ClusterCredentials(superuser, application));
    }

    /** Writes the file whole, owner-only from the moment it exists, replacing any earlier one. */
    void write(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        ownerOnlyFile(partial);
        var properties = new Properties();
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("application.password", applicationPassword);
        try (Writer out = Files.newBufferedWriter(partial)) {
            properties.store(out, "Convener's embedded PostgreSQL: keep this file with the data directory");
        }
        try {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file for initdb's {@code --pwfile}: the superuser's password alone, owner-only. */
    Path writeInitdbPasswordFile(Path directory) throws IOException {
        Path file =
                Files.createTempFile(directory, ".initdb-", ".pw", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, superuserPassword + "\n");
        return file;
    }

    static void ownerOnlyFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static String password() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
