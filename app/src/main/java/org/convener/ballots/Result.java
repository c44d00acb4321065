package org.convener.ballots;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A declared result: the published ballot file, the stage-by-stage report (in the JSON format of
 * published recounts), the seed from which its lots were drawn, and the receipt codes of the papers.
 */
public record Result(long contestId, String blt, JsonNode report, long seed, Instant countedAt, List<String> receipts) {

    public Result {
        receipts = List.copyOf(receipts);
    }

    public List<String> elected() {
        return names("elected");
    }

    public List<String> excluded() {
        return names("excluded");
    }

    public List<String> ties() {
        return names("ties");
    }

    private List<String> names(String field) {
        var out = new java.util.ArrayList<String>();
        report.path(field).forEach(n -> out.add(n.asText()));
        return out;
    }
}
