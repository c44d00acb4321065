package org.convener.platform.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * Password rules and one-time passwords. Strength is judged by nbvcxz, which knows the commonest
 * passwords, English words and names, keyboard patterns, sequences and repeats, and estimates how
 * many guesses a password would take.
 */
public final class Passwords {

    public static final int MINIMUM_LENGTH = 12;
    /** bcrypt reads no further than this many bytes of a password, so no more are allowed. */
    public static final int MAXIMUM_BYTES = 72;

    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    /** A random password of 20 characters without look-alikes (no l, 1, O or 0). */
    public static String oneTime() {
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** @throws IllegalArgumentException saying what is wrong with a chosen password */
    public static void check(String password, String email) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MINIMUM_LENGTH + " characters");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAXIMUM_BYTES) {
            throw new IllegalArgumentException("a password can be at most " + MAXIMUM_BYTES
                    + " bytes long: 72 plain letters, digits or punctuation, fewer with accents or other scripts"
                    + " (this one is " + bytes + ")");
        }
        String name = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
            throw new IllegalArgumentException("a password must not contain your email name");
        }
        Result strength = Strength.ESTIMATOR.estimate(password);
        if (!strength.isMinimumEntropyMet()) {
            String warning = strength.getFeedback().getWarning();
            throw new IllegalArgumentException("that password is too easy to guess"
                    + (warning == null
                            ? ""
                            : " (" + warning.replaceAll("\\.$", "").toLowerCase(Locale.ROOT) + ")")
                    + "; try a few unrelated words, or a longer phrase of your own");
        }
    }

    /** Loaded on first use: the lists take a moment to read. */
    private static final class Strength {
        static final Nbvcxz ESTIMATOR = new Nbvcxz();
    }
}
