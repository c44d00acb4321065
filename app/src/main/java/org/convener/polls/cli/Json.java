package org.convener.polls.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.convener.engine.Party;
import org.convener.engine.SeatTotals;
import org.convener.engine.ShareVector;
import org.convener.polls.ProjectionRun;

/** The shapes the projection commands print as JSON. */
final class Json {

    private Json() {}

    static Map<String, Double> percentages(ShareVector shares) {
        var map = new LinkedHashMap<String, Double>();
        for (Party party : Party.GB_MODEL) {
            map.put(party.code(), round(shares.get(party) * 100, 4));
        }
        return map;
    }

    static Map<String, Map<String, Double>> winProbabilities(ProjectionRun run) {
        var seats = new LinkedHashMap<String, Map<String, Double>>();
        for (int s = 0; s < run.seats().size(); s++) {
            // every modelled party, then the seat's strongest other candidate by kind (Ind, Spk or Oth)
            var chances = new LinkedHashMap<String, Double>();
            for (Party party : Party.GB_MODEL) {
                chances.put(party.code(), 0.0);
            }
            run.simulation().winProbabilities(s).forEach((party, chance) -> chances.put(party.code(), chance));
            seats.put(run.seats().get(s).code(), chances);
        }
        return seats;
    }

    static Map<String, Map<String, Double>> seatTotals(ProjectionRun run) {
        var totals = new LinkedHashMap<String, Map<String, Double>>();
        run.simulation().totals().entrySet().stream()
                .sorted((a, b) ->
                        Double.compare(b.getValue().mean(), a.getValue().mean()))
                .forEach(e -> totals.put(e.getKey().code(), totals(e.getValue())));
        return totals;
    }

    static Map<String, Double> totals(SeatTotals t) {
        var map = new LinkedHashMap<String, Double>();
        map.put("mean", round(t.mean(), 3));
        map.put("median", t.median());
        map.put("p05", t.p05());
        map.put("p95", t.p95());
        return map;
    }

    static Map<String, Object> uncertainty(ProjectionRun run) {
        var u = run.scenario().uncertainty();
        var map = new LinkedHashMap<String, Object>();
        map.put("nationalSd", round(u.national() * 100, 6));
        map.put("regionalSd", round(u.regional() * 100, 6));
        map.put("seatSd", round(u.seat() * 100, 6));
        return map;
    }

    static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
