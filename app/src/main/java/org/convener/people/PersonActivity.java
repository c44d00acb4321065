package org.convener.people;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** Who is still a member of something, and when the others left; the groups module knows. */
public interface PersonActivity {

    /** People with a membership that has not ended. */
    Set<Long> active();

    /** For people whose memberships have all ended, the day the last one ended. */
    Map<Long, LocalDate> leftOn();
}
