package org.convener.count;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of counting an election under a rule: who was elected (in order, and in the groups
 * elected at the same stage), who was excluded (in order), each stage, and every tie decided by lot.
 * {@code quota} is the first quota, or null for rules without one.
 */
public record Count(
        String rule,
        Election election,
        int seats,
        BigDecimal validBallots,
        BigDecimal quota,
        int decimals,
        List<List<Candidate>> electedGroups,
        List<Candidate> excluded,
        List<Stage> stages,
        List<String> ties) {

    public Count {
        electedGroups = electedGroups.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
        stages = List.copyOf(stages);
        ties = List.copyOf(ties);
    }

    /** Elected candidates in order of election. */
    public List<Candidate> elected() {
        return electedGroups.stream().flatMap(List::stream).toList();
    }

    public Stage last() {
        return stages.get(stages.size() - 1);
    }
}
