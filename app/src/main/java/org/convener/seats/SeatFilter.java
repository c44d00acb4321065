package org.convener.seats;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.convener.engine.Nation;
import org.convener.engine.Party;

/**
 * Which seats to list: any criterion left {@code null} matches every seat.
 *
 * @param nations only seats in these nations
 * @param regionCode only seats in this region (an ONS region or nation code)
 * @param winner only seats this party won in 2024
 * @param second only seats where this party came second in 2024
 * @param minMajority majority of at least this fraction of the valid vote
 * @param maxMajority majority of at most this fraction of the valid vote
 */
public record SeatFilter(
        Set<Nation> nations, String regionCode, Party winner, Party second, Double minMajority, Double maxMajority)
        implements Predicate<Seat> {

    public static final SeatFilter ALL = new SeatFilter(null, null, null, null, null, null);

    public static final Set<Nation> GREAT_BRITAIN =
            Set.copyOf(EnumSet.of(Nation.ENGLAND, Nation.SCOTLAND, Nation.WALES));

    public SeatFilter {
        nations = nations == null ? null : Set.copyOf(nations);
        if (minMajority != null && (minMajority < 0 || minMajority > 1)) {
            throw new IllegalArgumentException("the smallest majority must be between 0% and 100%");
        }
        if (maxMajority != null && (maxMajority < 0 || maxMajority > 1)) {
            throw new IllegalArgumentException("the largest majority must be between 0% and 100%");
        }
        if (minMajority != null && maxMajority != null && minMajority > maxMajority) {
            throw new IllegalArgumentException("the smallest majority is larger than the largest");
        }
    }

    @Override
    public boolean test(Seat seat) {
        return (nations == null || nations.contains(seat.constituency().nation()))
                && (regionCode == null || seat.constituency().region().code().equals(regionCode))
                && (winner == null || seat.winner() == winner)
                && (second == null || seat.second() == second)
                && (minMajority == null || seat.majorityShare() >= minMajority)
                && (maxMajority == null || seat.majorityShare() <= maxMajority);
    }

    /**
     * The filter the seat list's address describes, as {@code /seats} and {@code /api/v1/seats} take
     * it; a bad value is refused with a message naming the field.
     *
     * @param area empty for all, {@code GB}, a nation ({@code ENGLAND}) or an ONS region code
     * @param minMajorityPct smallest majority in percent of the vote
     */
    public static SeatFilter of(
            String area, String winner, String second, Double minMajorityPct, Double maxMajorityPct) {
        String a = area == null ? "" : area.trim();
        Set<Nation> nations = null;
        String region = null;
        if (a.equals("GB")) {
            nations = GREAT_BRITAIN;
        } else if (a.matches("(E12|S92|W92|N92)\\d{6}")) {
            region = a;
        } else if (!a.isEmpty()) {
            nations = Set.of(nationOf(a));
        }
        return new SeatFilter(
                nations,
                region,
                party(winner, "winner"),
                party(second, "second"),
                minMajorityPct == null ? null : minMajorityPct / 100,
                maxMajorityPct == null ? null : maxMajorityPct / 100);
    }

    private static Party party(String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Party.ofCode(code.trim())
                .orElseThrow(() -> new IllegalArgumentException("\"" + code + "\" is not a party code for " + field
                        + " (use Con, Lab, LD, RUK, Green, SNP, PC, …)"));
    }

    private static Nation nationOf(String area) {
        try {
            return Nation.valueOf(area.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + area + "\" is not a nation or region");
        }
    }

    public boolean isEmpty() {
        return equals(ALL);
    }
}
