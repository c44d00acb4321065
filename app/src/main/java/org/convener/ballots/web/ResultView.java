package org.convener.ballots.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.convener.ballots.Result;

/** A declared result as the results page shows it: a row per candidate, a column per stage. */
public record ResultView(
        List<String> candidates,
        List<Column> stages,
        List<String> elected,
        List<String> excluded,
        List<String> ties,
        String quota,
        String valid,
        long seed,
        List<String> receipts) {

    public record Column(
            int number, String action, List<String> totals, String nonTransferable, List<String> elected) {}

    static ResultView of(Result result) {
        JsonNode report = result.report();
        var names = new ArrayList<String>();
        JsonNode first = report.path("stages").path(0).path("totals");
        first.fieldNames().forEachRemaining(names::add);
        var columns = new ArrayList<Column>();
        for (JsonNode s : report.path("stages")) {
            var totals = new ArrayList<String>();
            names.forEach(n -> totals.add(s.path("totals").path(n).asText("0")));
            var elected = new ArrayList<String>();
            s.path("elected").forEach(e -> elected.add(e.asText()));
            String action = switch (s.path("action").asText()) {
                case "first" -> "First preferences";
                case "surplus" -> "Surplus of " + subject(s);
                case "exclusion" -> "Exclusion of " + subject(s);
                default -> s.path("action").asText();
            };
            columns.add(new Column(
                    s.path("stage").asInt(),
                    action,
                    totals,
                    s.path("non_transferable").asText(),
                    elected));
        }
        return new ResultView(
                names,
                columns,
                result.elected(),
                result.excluded(),
                result.ties(),
                report.path("quota").asText(null),
                report.path("valid_ballots").asText(),
                result.seed(),
                result.receipts());
    }

    private static String subject(JsonNode stage) {
        if (stage.has("candidate")) {
            return stage.path("candidate").asText();
        }
        var names = new ArrayList<String>();
        stage.path("candidates").forEach(n -> names.add(n.asText()));
        return String.join(", ", names);
    }
}
