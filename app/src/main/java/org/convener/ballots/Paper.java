package org.convener.ballots;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a voter marked, as sealed in the box: the nominations in order of preference (0 standing
 * for re-open nominations), and the receipt code given to the voter. The receipt is a hash of the
 * contest, the choices and a random nonce, so it proves a paper was counted without showing how.
 */
record Paper(String receipt, List<Long> choices) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    Paper {
        choices = List.copyOf(choices);
    }

    static Paper mark(long contestId, List<Long> choices) {
        var nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        return new Paper(receipt(contestId, choices, nonce), choices);
    }

    /** Five groups of four characters from the SHA-256 of the contest, the choices and the nonce. */
    static String receipt(long contestId, List<Long> choices, byte[] nonce) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(("convener ballot " + contestId + " " + choices + " ").getBytes(StandardCharsets.UTF_8));
            digest.update(HexFormat.of().formatHex(nonce).getBytes(StandardCharsets.US_ASCII));
            byte[] hash = digest.digest();
            var code = new StringBuilder();
            long bits = 0;
            int have = 0;
            int i = 0;
            while (code.length() < 24) {
                if (have < 5) {
                    bits = (bits << 8) | (hash[i++] & 0xff);
                    have += 8;
                }
                have -= 5;
                code.append(BASE32[(int) ((bits >> have) & 31)]);
                if (code.length() % 5 == 4 && code.length() < 24) {
                    code.append('-');
                }
            }
            return code.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Normalises a typed receipt: upper case, dashes where they belong. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String letters = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        var out = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append('-');
            }
            out.append(letters.charAt(i));
        }
        return out.toString();
    }

    byte[] bytes() {
        var parts = new ArrayList<String>();
        choices.forEach(c -> parts.add(Long.toString(c)));
        return (receipt + "|" + String.join(",", parts)).getBytes(StandardCharsets.UTF_8);
    }

    static Paper read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int bar = text.indexOf('|');
        var choices = new ArrayList<Long>();
        String rest = text.substring(bar + 1);
        if (!rest.isEmpty()) {
            for (String c : rest.split(",")) {
                choices.add(Long.parseLong(c));
            }
        }
        return new Paper(text.substring(0, bar), choices);
    }
}
