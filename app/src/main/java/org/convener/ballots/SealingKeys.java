package org.convener.ballots;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.convener.platform.Workspace;
import org.springframework.stereotype.Component;

/**
 * The keys that seal each contest's papers while voting is open. A key lives in a file under
 * the var directory ({@code ballot-keys/<box>.key}), never in the database, so that whoever can
 * read the database cannot open the papers, nor tell which sealed paper is whose by reading them;
 * it is destroyed once the papers have been counted.
 */
@Component
class SealingKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    SealingKeys(Workspace workspace) {
        this.dir = workspace.varDir().resolve("ballot-keys");
    }

    private Path file(UUID box) {
        return dir.resolve(box + ".key");
    }

    void create(UUID box) {
        var key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            Files.createDirectories(dir);
            Path file = file(box);
            Files.write(file, key, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the var directory's own permissions protect it
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the key for a ballot box in " + dir, e);
        }
    }

    boolean exists(UUID box) {
        return Files.isRegularFile(file(box));
    }

    byte[] seal(UUID box, byte[] plain) {
        try {
            var iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(box), "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(box.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal a paper", e);
        }
    }

    byte[] open(UUID box, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, new SecretKeySpec(key(box), "AES"), new GCMParameterSpec(128, sealed, 0, 12));
            cipher.updateAAD(box.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return cipher.doFinal(sealed, 12, sealed.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed paper does not open with its box's key", e);
        }
    }

    /** Overwrites and deletes the key: the sealed papers can never be opened again. */
    void destroy(UUID box) {
        Path file = file(box);
        try {
            if (Files.exists(file)) {
                Files.write(file, new byte[32], StandardOpenOption.WRITE);
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not destroy the key of ballot box " + box, e);
        }
    }

    private byte[] key(UUID box) {
        try {
            return Files.readAllBytes(file(box));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "the key of ballot box " + box + " is missing from " + dir + ": the papers cannot be opened", e);
        }
    }
}
