package org.convener.polls;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convener.engine.Party;
import org.convener.engine.Projection;
import org.convener.engine.SimulationResult;
import org.convener.seats.Seat;

/**
 * A projection and its simulation, with the seats in the projection's order.
 *
 * @param seats the projected seats: Great Britain without the Speaker's seat
 * @param heldSeats seats the projection leaves as they are (Northern Ireland and the Speaker's), by party
 * @param seconds time to project and simulate
 * @param index each projected seat's place in {@code seats}, by constituency code
 */
public record ProjectionRun(
        Scenario scenario,
        Projection projection,
        SimulationResult simulation,
        List<Seat> seats,
        Map<Party, Integer> heldSeats,
        double seconds,
        Map<String, Integer> index) {

    public ProjectionRun {
        seats = List.copyOf(seats);
        heldSeats = Map.copyOf(heldSeats);
        index = Map.copyOf(index);
    }

    public ProjectionRun(
            Scenario scenario,
            Projection projection,
            SimulationResult simulation,
            List<Seat> seats,
            Map<Party, Integer> heldSeats,
            double seconds) {
        this(scenario, projection, simulation, seats, heldSeats, seconds, indexByCode(seats));
    }

    /** The seat's place among the projected seats, or -1; a map lookup, as the maps ask it for every seat. */
    public int indexOf(Seat seat) {
        Integer at = index.get(seat.code());
        return at != null && seats.get(at).equals(seat) ? at : -1;
    }

    private static Map<String, Integer> indexByCode(List<Seat> seats) {
        var index = new HashMap<String, Integer>();
        for (int s = 0; s < seats.size(); s++) {
            index.put(seats.get(s).code(), s);
        }
        return index;
    }
}
