package org.convener.ballots;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convener.count.Candidate;
import org.convener.count.Count;
import org.convener.count.Stage;

/**
 * A count in the JSON results format of the published ballot test vectors (elected, excluded and
 * every stage's totals as decimal strings), so that any recount tool can be compared with it.
 */
public final class CountJson {

    private CountJson() {}

    public static Map<String, Object> of(Count count, String file) {
        var json = new LinkedHashMap<String, Object>();
        json.put("file", file);
        json.put("title", count.election().title());
        json.put("rule", count.rule());
        json.put("seats", count.seats());
        json.put("valid_ballots", count.validBallots().stripTrailingZeros().toPlainString());
        if (count.quota() != null) {
            json.put("quota", count.quota().toPlainString());
        }
        json.put("elected", names(count.elected()));
        json.put(
                "elected_groups",
                count.electedGroups().stream().map(CountJson::names).toList());
        json.put("excluded", names(count.excluded()));
        var stages = new ArrayList<Map<String, Object>>();
        for (Stage s : count.stages()) {
            stages.add(stage(count, s));
        }
        json.put("stages", stages);
        json.put("ties", count.ties());
        return json;
    }

    private static Map<String, Object> stage(Count count, Stage s) {
        var json = new LinkedHashMap<String, Object>();
        json.put("stage", s.number());
        json.put("action", s.action().word());
        if (s.subjects().size() == 1) {
            json.put("candidate", s.subjects().get(0).name());
        } else if (s.subjects().size() > 1) {
            json.put("candidates", names(s.subjects()));
        }
        var totals = new LinkedHashMap<String, String>();
        for (Candidate c : count.election().candidates()) {
            totals.put(c.name(), plain(s.total(c)));
        }
        json.put("totals", totals);
        json.put("non_transferable", plain(s.nonTransferable()));
        if (!s.elected().isEmpty()) {
            json.put("elected", names(s.elected()));
        }
        json.put("excluded_so_far", names(s.excludedSoFar()));
        if (s.quota() != null) {
            json.put("quota", plain(s.quota()));
        }
        return json;
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    private static List<String> names(List<Candidate> cs) {
        return cs.stream().map(Candidate::name).toList();
    }
}
