package org.convener.votes;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convener.seats.Contest;
import org.convener.seats.Seat;

/**
 * Who sat in the House when, from the official record: the current Members list (by member id)
 * and the winners of the 2024 general election and the by-elections since, so that MPs who have
 * left can be placed by name. An MP's time runs from the election that returned them to the
 * by-election that replaced them.
 */
public final class MpRoll {

    private static final Set<String> TITLES =
            Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "rt", "hon", "the");

    private final Map<Integer, Sitting> current = new HashMap<>();
    private final Map<String, Sitting> currentByName = new HashMap<>();
    private final Map<String, List<Sitting>> winnersByName = new HashMap<>();

    private MpRoll() {}

    public static MpRoll of(List<Seat> seats) {
        var roll = new MpRoll();
        for (Seat seat : seats) {
            roll.add(seat);
        }
        return roll;
    }

    private void add(Seat seat) {
        var contests = new ArrayList<Contest>();
        contests.add(seat.general2024());
        contests.addAll(seat.byElections());
        for (int i = 0; i < contests.size(); i++) {
            Contest contest = contests.get(i);
            String winner = contest.result().winner().candidateName();
            if (winner == null) {
                continue;
            }
            LocalDate until = i + 1 < contests.size() ? contests.get(i + 1).heldOn() : null;
            winnersByName
                    .computeIfAbsent(normalised(winner), k -> new ArrayList<>())
                    .add(new Sitting(0, winner, seat.code(), seat.name(), contest.heldOn(), until, false));
        }
        if (seat.mp() == null || seat.mp().memberId() == null) {
            return;
        }
        var sitting =
                new Sitting(seat.mp().memberId(), seat.mp().name(), seat.code(), seat.name(), since(seat), null, true);
        current.put(sitting.memberId(), sitting);
        currentByName.put(normalised(sitting.name()), sitting);
    }

    /**
     * When the sitting MP was elected: at the general election if they won it, else at the latest
     * by-election they won, else (names written differently) at the seat's latest by-election.
     */
    private static LocalDate since(Seat seat) {
        String mp = normalised(seat.mp().name());
        if (seat.byElections().isEmpty() || mp.equals(winnerOf(seat.general2024()))) {
            return seat.general2024().heldOn();
        }
        var byElections = seat.byElections();
        for (int i = byElections.size() - 1; i >= 0; i--) {
            if (mp.equals(winnerOf(byElections.get(i)))) {
                return byElections.get(i).heldOn();
            }
        }
        return byElections.get(byElections.size() - 1).heldOn();
    }

    private static String winnerOf(Contest contest) {
        String name = contest.result().winner().candidateName();
        return name == null ? "" : normalised(name);
    }

    /** The MPs in the current Members list. */
    public Map<Integer, Sitting> current() {
        return Map.copyOf(current);
    }

    /**
     * Places an MP as a division list names them: by member id in the Members list, or, for an MP
     * no longer in it, by name among the 2024 winners.
     *
     * @throws IllegalArgumentException saying why the MP cannot be placed
     */
    public Sitting resolve(int memberId, String name) {
        Sitting sitting = current.get(memberId);
        if (sitting != null) {
            return sitting;
        }
        String key = normalised(name);
        Sitting namesake = currentByName.get(key);
        if (namesake != null) {
            throw new IllegalArgumentException("unknown MP id " + memberId + ": the Members list gives "
                    + namesake.name() + " the id " + namesake.memberId());
        }
        List<Sitting> winners = winnersByName.getOrDefault(key, List.of());
        if (winners.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown MP id " + memberId + " (" + name
                            + "): not in the Members list, and no winner of the 2024 general election or a by-election since has that name");
        }
        if (winners.size() > 1) {
            throw new IllegalArgumentException("MP id " + memberId + " (" + name + ") is not in the Members list, and "
                    + winners.size() + " 2024 winners have that name");
        }
        Sitting won = winners.get(0);
        return new Sitting(
                memberId, name, won.constituencyCode(), won.constituencyName(), won.from(), won.until(), false);
    }

    /** Like {@link #resolve}, but an MP who cannot be placed sits for no known seat throughout. */
    public Sitting place(int memberId, String name, LocalDate parliamentOpened) {
        try {
            return resolve(memberId, name);
        } catch (IllegalArgumentException e) {
            return new Sitting(memberId, name, null, null, parliamentOpened, null, false);
        }
    }

    /** A name without titles, accents, punctuation or case: "Dr Rupa Huq" and "Rupa Huq" agree. */
    public static String normalised(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z' -]", " ")
                .trim();
        var words = new ArrayList<>(List.of(plain.split("\\s+")));
        while (words.size() > 1 && TITLES.contains(words.get(0))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }
}
