package org.convener.seats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.Party;

/** How many seats each party won with each other party second. */
public final class RunnerUpMatrix {

    private final Map<Party, Map<Party, Integer>> bySecond = new EnumMap<>(Party.class);

    public RunnerUpMatrix(Collection<Seat> seats) {
        for (Seat seat : seats) {
            if (seat.second() != null) {
                bySecond.computeIfAbsent(seat.second(), p -> new EnumMap<>(Party.class))
                        .merge(seat.winner(), 1, Integer::sum);
            }
        }
    }

    public int count(Party winner, Party second) {
        return bySecond.getOrDefault(second, Map.of()).getOrDefault(winner, 0);
    }

    /** Seats where {@code second} came second, by winner, largest first. */
    public Map<Party, Integer> byWinner(Party second) {
        var counts = new ArrayList<>(bySecond.getOrDefault(second, Map.of()).entrySet());
        counts.sort(Map.Entry.<Party, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        var ordered = new java.util.LinkedHashMap<Party, Integer>();
        counts.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    public int secondPlaces(Party second) {
        return bySecond.getOrDefault(second, Map.of()).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    public int wins(Party winner) {
        return bySecond.values().stream()
                .mapToInt(m -> m.getOrDefault(winner, 0))
                .sum();
    }

    /** Parties that came second anywhere, most second places first. */
    public List<Party> secondParties() {
        var parties = new ArrayList<>(bySecond.keySet());
        parties.sort((a, b) -> secondPlaces(b) != secondPlaces(a) ? secondPlaces(b) - secondPlaces(a) : a.compareTo(b));
        return parties;
    }

    /** Parties that won anywhere a runner-up stood, most wins first. */
    public List<Party> winners() {
        var parties = new ArrayList<Party>();
        bySecond.values()
                .forEach(m ->
                        m.keySet().stream().filter(p -> !parties.contains(p)).forEach(parties::add));
        parties.sort((a, b) -> wins(b) != wins(a) ? wins(b) - wins(a) : a.compareTo(b));
        return parties;
    }
}
