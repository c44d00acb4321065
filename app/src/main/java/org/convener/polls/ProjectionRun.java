package org.convener.polls;

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
 */
public record ProjectionRun(
        Scenario scenario,
        Projection projection,
        SimulationResult simulation,
        List<Seat> seats,
        Map<Party, Integer> heldSeats,
        double seconds) {

    public ProjectionRun {
        seats = List.copyOf(seats);
        heldSeats = Map.copyOf(heldSeats);
    }

    public int indexOf(Seat seat) {
        return seats.indexOf(seat);
    }
}
