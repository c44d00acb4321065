package org.convener.seats.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.convener.seats.SeatFilter;
import org.convener.seats.SeatOrder;

/**
 * The seat list's filters and order as they appear in the URL, so that every view of the list
 * can be bookmarked and shared.
 *
 * @param area empty for all, {@code GB}, a nation ({@code ENGLAND}) or an ONS region code
 * @param winner a party code, or empty
 * @param second a party code, or empty
 * @param minMajority smallest majority in percent of the vote
 * @param maxMajority largest majority in percent of the vote
 * @param sort a {@link SeatOrder} key
 */
public record SeatQuery(
        String area, String winner, String second, Double minMajority, Double maxMajority, String sort) {

    public SeatQuery {
        area = blankToEmpty(area);
        winner = blankToEmpty(winner);
        second = blankToEmpty(second);
        sort = blankToEmpty(sort);
    }

    SeatFilter toFilter() {
        return SeatFilter.of(area, winner, second, minMajority, maxMajority);
    }

    SeatOrder order() {
        return SeatOrder.ofKey(sort);
    }

    /** The query string for this query sorted by {@code key}; a second click reverses it. */
    public String sortedBy(String key) {
        String next = sort.equals(key) ? (key.startsWith("-") ? key.substring(1) : "-" + key) : key;
        return queryString(next);
    }

    /** The {@code aria-sort} value for a column sorted by {@code key}. */
    public String ariaSort(String key) {
        String bare = key.startsWith("-") ? key.substring(1) : key;
        if (sort.equals(bare)) {
            return "ascending";
        }
        if (sort.equals("-" + bare)) {
            return "descending";
        }
        return null;
    }

    public String queryString() {
        return queryString(sort);
    }

    private String queryString(String sortKey) {
        var parts = new ArrayList<String>();
        add(parts, "area", area);
        add(parts, "winner", winner);
        add(parts, "second", second);
        add(parts, "minMajority", minMajority == null ? "" : trim(minMajority));
        add(parts, "maxMajority", maxMajority == null ? "" : trim(maxMajority));
        add(parts, "sort", sortKey);
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    public boolean filtered() {
        return !area.isEmpty() || !winner.isEmpty() || !second.isEmpty() || minMajority != null || maxMajority != null;
    }

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
