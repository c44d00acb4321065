package org.convener.platform.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets in links that act without signing in (set a password, unsubscribe): 256 random
 * bits, of which only a SHA-256 hash is stored, so that a copy of the database opens no link.
 */
public final class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkTokens() {}

    public static String fresh() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether text could be a token at all, so that junk is refused before a lookup. */
    public static boolean plausible(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
