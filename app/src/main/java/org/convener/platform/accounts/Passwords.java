package org.convener.platform.accounts;

import java.security.SecureRandom;

/** Password rules and one-time passwords. */
public final class Passwords {

    public static final int MINIMUM_LENGTH = 12;
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
        if (password.length() > 200) {
            throw new IllegalArgumentException("a password can have at most 200 characters");
        }
        if (email != null && password.toLowerCase().contains(email.toLowerCase().split("@")[0])) {
            throw new IllegalArgumentException("a password must not contain your email name");
        }
    }
}
