package org.convener.seats;

import java.util.Optional;
import org.convener.platform.CurrentUser;

/**
 * Who may see a seat set that a module keeps for its own records. A caucus's set names its
 * members' seats, so it is shown only to those who may see the caucus; every other set is public.
 */
public interface SeatSetAccess {

    /** Whether this module keeps the set, and so decides who sees it. */
    boolean keeps(SeatSet set);

    boolean canSee(SeatSet set, Optional<CurrentUser> user);
}
