package org.convener.count;

import java.util.List;
import java.util.Locale;

/** A rule for counting an election. Each rule is described in docs/counting.md. */
public interface CountingRule {

    /** The rule's name on the command line and in results: "irv", "scottish-stv", ... */
    String id();

    Count count(Election election, Lot lot);

    default Count count(Election election) {
        return count(election, Lot.fileOrder());
    }

    /** Every rule, in the order they are offered. */
    static List<CountingRule> all() {
        return List.of(
                new FirstPastThePost(),
                new ApprovalVoting(),
                new InstantRunoff(),
                new ScottishStv(),
                new MeekStv(),
                new Wigm());
    }

    static CountingRule named(String id) {
        String key = id.toLowerCase(Locale.ROOT).strip();
        return all().stream()
                .filter(r -> r.id().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no counting rule \"" + id + "\"; the rules are "
                        + String.join(", ", all().stream().map(CountingRule::id).toList())));
    }
}
