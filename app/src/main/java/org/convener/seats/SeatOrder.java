package org.convener.seats;

import java.util.Comparator;
import java.util.Locale;
import org.convener.engine.Party;

/** The orders a list of seats can be shown in. */
public enum SeatOrder {
    NAME("name", Comparator.comparing(Seat::name)),
    MAJORITY("majority", Comparator.comparingLong(Seat::majority)),
    MAJORITY_DESC("-majority", Comparator.comparingLong(Seat::majority).reversed()),
    MAJORITY_SHARE("majority-share", Comparator.comparingDouble(Seat::majorityShare)),
    MAJORITY_SHARE_DESC(
            "-majority-share", Comparator.comparingDouble(Seat::majorityShare).reversed()),
    REFORM_SHARE("reform", Comparator.comparingDouble((Seat s) -> s.shareOf(Party.RUK))),
    REFORM_SHARE_DESC(
            "-reform",
            Comparator.comparingDouble((Seat s) -> s.shareOf(Party.RUK)).reversed()),
    REFORM_CHANGE(
            "reform-change",
            Comparator.comparingDouble((Seat s) -> s.changeSince2019(Party.RUK).orElse(0.0))),
    REFORM_CHANGE_DESC(
            "-reform-change",
            Comparator.comparingDouble((Seat s) -> s.changeSince2019(Party.RUK).orElse(0.0))
                    .reversed());

    private final String key;
    private final Comparator<Seat> comparator;

    SeatOrder(String key, Comparator<Seat> comparator) {
        this.key = key;
        this.comparator = comparator.thenComparing(Seat::name);
    }

    /** The value used in URLs, e.g. {@code -majority} for largest majority first. */
    public String key() {
        return key;
    }

    public Comparator<Seat> comparator() {
        return comparator;
    }

    public static SeatOrder ofKey(String key) {
        if (key == null || key.isBlank()) {
            return NAME;
        }
        for (SeatOrder order : values()) {
            if (order.key.equals(key.trim().toLowerCase(Locale.ROOT))) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown sort order \"" + key + "\"");
    }
}
