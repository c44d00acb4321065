package org.convener.votes;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demonstration: marks the divisions on the Terminally Ill Adults (End of Life) Bill, which
 * the parties left to their MPs' consciences, as free votes, as an officer would.
 */
@Component
public class FreeVoteExamples {

    /** Second reading (29 Nov 2024), and the closure motion and an amendment at report stage (16 May 2025). */
    static final List<Integer> ASSISTED_DYING = List.of(1877, 2028, 2029);

    private final Votes votes;

    FreeVoteExamples(Votes votes) {
        this.votes = votes;
    }

    /** @return how many were marked: those on record and not already marked */
    @Transactional
    public int mark() {
        int marked = 0;
        for (int id : ASSISTED_DYING) {
            var division = votes.division(id);
            if (division.isPresent() && !division.get().freeVote()) {
                votes.markFreeVote(id, "Terminally Ill Adults (End of Life) Bill: the parties allowed a free vote");
                marked++;
            }
        }
        return marked;
    }
}
