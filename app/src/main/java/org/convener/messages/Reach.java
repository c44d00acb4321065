package org.convener.messages;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convener.people.Person;

/**
 * Who a message would reach now, and who it would not, with the reason for each.
 *
 * @param included people it goes to
 * @param leftOut people in the audience it does not go to, each with the reason
 */
public record Reach(List<Person> included, List<LeftOut> leftOut) {

    public record LeftOut(Person person, String reason) {}

    public static final String NO_ADDRESS = "no email address";
    public static final String NO_CONSENT = "no email consent recorded";
    public static final String WITHDRAWN = "email consent withdrawn";
    public static final String SUPPRESSED = "address bounced or reported a message as spam";
    public static final String NOT_OPEN = "joined in a way that does not open their record to you";

    public Reach {
        included = List.copyOf(included);
        leftOut = List.copyOf(leftOut);
    }

    /** How many are left out for each reason. */
    public Map<String, Integer> reasons() {
        var counts = new TreeMap<String, Integer>();
        leftOut.forEach(l -> counts.merge(l.reason(), 1, Integer::sum));
        return counts;
    }
}
