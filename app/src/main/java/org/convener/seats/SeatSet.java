package org.convener.seats;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.convener.engine.ConstituencyCode;

/**
 * A named list of constituencies: a shipped list such as the red wall, one a user made, or a
 * caucus's members' seats.
 *
 * @param name short URL-safe name, e.g. {@code redwall}
 * @param title what the list is, for people
 */
public record SeatSet(
        String name, String title, String description, Origin origin, Instant createdAt, Set<ConstituencyCode> seats) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public enum Origin {
        /** Imported with the data; replaced on import, not edited by hand. */
        DATASET,
        USER,
        CAUCUS
    }

    public SeatSet {
        requireValidName(name);
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new IllegalArgumentException("a seat set needs a title of up to 200 characters");
        }
        seats = Set.copyOf(seats);
    }

    public static void requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "\"" + name
                            + "\" is not a seat-set name: use lower-case letters, digits and hyphens, starting with a letter or digit");
        }
    }

    public boolean contains(ConstituencyCode code) {
        return seats.contains(code);
    }
}
