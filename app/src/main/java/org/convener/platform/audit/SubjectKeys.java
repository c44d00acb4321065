package org.convener.platform.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One AES-256 key per person the audit log mentions. Values about the person are encrypted with
 * it (AES-GCM); deleting the key when the person is erased leaves the log intact but unreadable
 * where it was personal.
 */
@Component
class SubjectKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;

    SubjectKeys(JdbcClient db) {
        this.db = db;
    }

    String encrypt(String subject, String plain) {
        byte[] key = keyFor(subject);
        try {
            var iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                            .put(iv)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt an audit value", e);
        }
    }

    /** The plain value, or empty once the subject's key is gone. */
    Optional<String> decrypt(String subject, String sealed) {
        Optional<byte[]> key = existingKey(subject);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE, new SecretKeySpec(key.get(), "AES"), new GCMParameterSpec(128, bytes, 0, 12));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("an audit value for " + subject + " does not decrypt", e);
        }
    }

    void forget(String subject) {
        db.sql("delete from platform.audit_subject_key where subject = ?")
                .param(subject)
                .update();
    }

    private byte[] keyFor(String subject) {
        return existingKey(subject).orElseGet(() -> {
            var key = new byte[32];
            RANDOM.nextBytes(key);
            db.sql(
                            "insert into platform.audit_subject_key (subject, key) values (?, ?) on conflict (subject) do nothing")
                    .params(subject, key)
                    .update();
            return existingKey(subject).orElseThrow();
        });
    }

    private Optional<byte[]> existingKey(String subject) {
        return db.sql("select key from platform.audit_subject_key where subject = ?")
                .param(subject)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }
}
