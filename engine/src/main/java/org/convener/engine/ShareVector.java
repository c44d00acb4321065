package org.convener.engine;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vote shares of the parties a GB projection models ({@link Party#GB_MODEL}), as fractions that sum
 * to one; {@link Party#OTH} holds whatever the others leave.
 */
public final class ShareVector {

    public static final int SIZE = Party.GB_MODEL.size();
    private static final double TOLERANCE = 1e-9;

    private final double[] values;

    private ShareVector(double[] values) {
        this.values = values;
    }

    /** Shares as fractions in {@link Party#GB_MODEL} order; they must be non-negative and sum to one. */
    public static ShareVector of(double[] fractions) {
        if (fractions.length != SIZE) {
            throw new IllegalArgumentException("expected " + SIZE + " shares, got " + fractions.length);
        }
        var values = fractions.clone();
        double total = 0;
        for (int i = 0; i < SIZE; i++) {
            if (!(values[i] >= -TOLERANCE) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException(Party.GB_MODEL.get(i).code() + " share cannot be " + values[i]);
            }
            values[i] = Math.max(0, values[i]); // rounding can leave a hair below zero
            total += values[i];
        }
        if (Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException("shares must sum to 100%, they sum to " + percent(total));
        }
        return new ShareVector(values);
    }

    /** Shares in percent for some parties; {@link Party#OTH}, unless given, takes the rest. */
    public static ShareVector ofPercentages(Map<Party, Double> percentages) {
        var fractions = new double[SIZE];
        double given = 0;
        for (var entry : percentages.entrySet()) {
            Party party = entry.getKey();
            double value = entry.getValue();
            int index = Party.GB_MODEL.indexOf(party);
            if (index < 0) {
                throw new IllegalArgumentException(party.code() + " is not polled in Great Britain; use "
                        + String.join(
                                ", ", Party.GB_MODEL.stream().map(Party::code).toList()));
            }
            if (!(value >= 0) || value > 100) {
                throw new IllegalArgumentException(
                        party.code() + " share must be between 0 and 100, was " + trim(value));
            }
            fractions[index] = value / 100;
            given += value;
        }
        if (given > 100 + TOLERANCE) {
            throw new IllegalArgumentException("shares add up to " + trim(given) + "%, more than 100%");
        }
        if (!percentages.containsKey(Party.OTH)) {
            fractions[Party.GB_MODEL.indexOf(Party.OTH)] = Math.max(0, 1 - given / 100);
        } else if (Math.abs(given - 100) > 1e-6) {
            throw new IllegalArgumentException(
                    "with Oth given, shares must add up to 100%, they add up to " + trim(given) + "%");
        }
        return new ShareVector(fractions);
    }

    /**
     * Parses {@code "Con=18,Lab=22,LD=12"} (percentages, Library party codes); Oth takes the rest
     * unless given.
     */
    public static ShareVector parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no shares given; write them as Con=18,Lab=22,...");
        }
        var percentages = new LinkedHashMap<Party, Double>();
        for (String part : text.split(",")) {
            String[] pair = part.split("=", -1);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new IllegalArgumentException("\"" + part.trim() + "\" is not PARTY=PERCENT, e.g. RUK=30");
            }
            Party party = Party.ofCode(pair[0].trim())
                    .orElseThrow(() -> new IllegalArgumentException("unknown party \"" + pair[0].trim() + "\"; use "
                            + String.join(
                                    ", ",
                                    Party.GB_MODEL.stream().map(Party::code).toList())));
            double value;
            try {
                value = Double.parseDouble(pair[1].trim().replace("%", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "\"" + pair[1].trim() + "\" is not a percentage for " + party.code());
            }
            if (percentages.put(party, value) != null) {
                throw new IllegalArgumentException(party.code() + " is given twice");
            }
        }
        return ofPercentages(percentages);
    }

    public double get(Party party) {
        int index = Party.GB_MODEL.indexOf(party);
        return index < 0 ? 0 : values[index];
    }

    public double get(int index) {
        return values[index];
    }

    public double[] toArray() {
        return values.clone();
    }

    /** The same shares with one party's set to {@code share} and the difference taken from, or given to, {@code from} in proportion. */
    public ShareVector withShare(Party party, double share, List<Party> from) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException(party.code() + " share must be between 0% and 100%");
        }
        int target = Party.GB_MODEL.indexOf(party);
        double delta = share - values[target];
        double pool = 0;
        for (Party p : from) {
            if (p != party) {
                pool += values[Party.GB_MODEL.indexOf(p)];
            }
        }
        if (pool <= 0 || delta > pool) {
            throw new IllegalArgumentException(
                    "the parties " + from.stream().map(Party::code).toList() + " have only " + percent(pool)
                            + " to give; " + party.code() + " cannot reach " + percent(share));
        }
        var next = values.clone();
        next[target] = share;
        for (Party p : from) {
            if (p != party) {
                int i = Party.GB_MODEL.indexOf(p);
                next[i] = values[i] * (1 - delta / pool);
            }
        }
        return new ShareVector(next);
    }

    public Map<Party, Double> asMap() {
        var map = new EnumMap<Party, Double>(Party.class);
        for (int i = 0; i < SIZE; i++) {
            map.put(Party.GB_MODEL.get(i), values[i]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShareVector other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        var text = new StringBuilder();
        for (int i = 0; i < SIZE; i++) {
            text.append(i == 0 ? "" : ",")
                    .append(Party.GB_MODEL.get(i).code())
                    .append('=')
                    .append(trim(values[i] * 100));
        }
        return text.toString();
    }

    private static String percent(double fraction) {
        return trim(fraction * 100) + "%";
    }

    private static String trim(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }
}
