package org.convener.organising;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded files, checked and kept in the database: a backup of the database restores them with the
 * records that point at them, and a failed request leaves neither behind. Each distinct content is
 * kept once, by its SHA-256.
 */
@Component
class StoredFiles {

    private final JdbcClient jdbc;
    private final OrganisingSettings settings;
    private final Clock clock;

    StoredFiles(JdbcClient jdbc, OrganisingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks an upload and keeps it.
     *
     * @throws IllegalArgumentException naming the file and saying why, when it is empty, too large or
     *     not a type the library takes
     */
    StoredFile keep(String fileName, byte[] content) {
        String name = fileName == null || fileName.isBlank() ? "the file" : "\"" + fileName.strip() + "\"";
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("choose a file to upload: " + name + " is empty");
        }
        long limit = settings.limit().toBytes();
        if (content.length > limit) {
            throw new IllegalArgumentException(name + " is too large (" + String.format("%,d", content.length)
                    + " bytes): files up to " + megabytes(limit) + " are accepted; save it smaller or split it");
        }
        FileType type = FileType.detect(content)
                .orElseThrow(() -> new IllegalArgumentException(
                        name + " is not a file type the library takes, whatever its name says: upload a "
                                + FileType.ACCEPTED));
        String sha = sha256(content);
        Optional<StoredFile> existing = bySha(sha);
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = jdbc.sql(
                        "insert into organising.stored_file (sha256, media_type, size_bytes, content, stored_at) values (?, ?, ?, ?, ?) returning id")
                .params(sha, type.mediaType(), content.length, content, Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return new StoredFile(id, sha, type, content.length);
    }

    Optional<StoredFile> find(long id) {
        return jdbc.sql("select id, sha256, media_type, size_bytes from organising.stored_file where id = ?")
                .param(id)
                .query((rs, n) -> new StoredFile(
                        rs.getLong(1),
                        rs.getString(2),
                        FileType.ofMediaType(rs.getString(3)).orElseThrow(),
                        rs.getInt(4)))
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from organising.stored_file where id = ?")
                .param(id)
                .query(byte[].class)
                .single();
    }

    private Optional<StoredFile> bySha(String sha) {
        return jdbc.sql("select id from organising.stored_file where sha256 = ?")
                .param(sha)
                .query(Long.class)
                .optional()
                .flatMap(this::find);
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
