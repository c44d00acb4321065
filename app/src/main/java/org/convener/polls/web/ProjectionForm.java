package org.convener.polls.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.convener.engine.Party;
import org.convener.engine.ShareVector;

/**
 * The projection page's form as the URL carries it: where the shares come from, the shares
 * themselves (in percent) and the model's settings.
 *
 * @param source {@code polls} for the current average, {@code custom} for typed shares
 */
public record ProjectionForm(
        String source,
        Map<Party, Double> shares,
        String model,
        boolean byNation,
        boolean tactical,
        Integer sims,
        Long seed) {

    public ProjectionForm {
        source = source == null || source.isBlank() ? "polls" : source.trim().toLowerCase(Locale.ROOT);
        shares = shares == null ? Map.of() : Map.copyOf(shares);
    }

    public boolean custom() {
        return source.equals("custom");
    }

    /** The typed shares; Oth takes what is left. */
    ShareVector typedShares() {
        var given = new LinkedHashMap<Party, Double>();
        shares.forEach((party, value) -> {
            if (value != null && party != Party.OTH) {
                given.put(party, value);
            }
        });
        if (given.isEmpty()) {
            throw new IllegalArgumentException("type at least one party's share");
        }
        return ShareVector.ofPercentages(given);
    }

    /** The value shown in a share field. */
    public String value(Party party, ShareVector fallback) {
        Double typed = shares.get(party);
        double v = typed != null ? typed : fallback == null ? 0 : fallback.get(party) * 100;
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
