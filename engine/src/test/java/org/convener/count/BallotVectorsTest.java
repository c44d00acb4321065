package org.convener.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every published case in {@code ../shared/data/ballots} (official council counts, droop and RCTab
 * reference outputs, the Hill–Wichmann–Woodall Meek reference) counted by our rules and compared
 * as the case's {@code check} says: elected in order, excluded in order, and every stage's totals
 * to the rule's precision.
 */
class BallotVectorsTest {

    static Stream<BallotVectors.Case> cases() {
        return BallotVectors.all().stream();
    }

    @Test
    void everyPublishedCaseIsHere() {
        var all = BallotVectors.all();
        assertThat(all).hasSize(BallotVectors.CASES);
        assertThat(all.stream().map(c -> c.blt()).distinct()).hasSize(107);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesThePublishedCount(BallotVectors.Case vector) {
        JsonNode want = vector.expected();
        Election election = BltReader.read(vector.blt());
        assertThat(election.seats()).as("seats").isEqualTo(want.get("seats").asInt());
        Count count = CountingRule.named(vector.rule()).count(election, Lot.fileOrder());
        JsonNode check = want.get("check");

        if (want.has("valid_ballots")) {
            assertThat(count.validBallots())
                    .as("valid ballots")
                    .isEqualByComparingTo(
                            new BigDecimal(want.get("valid_ballots").asText()));
        }
        if (want.has("quota") && !vector.rule().equals("meek")) {
            assertClose("quota", count.quota(), new BigDecimal(want.get("quota").asText()), check);
        }
        compareOrder(
                "elected",
                names(count.elected()),
                want.get("elected"),
                want.get("elected_groups"),
                check.get("elected_order").asText());
        compareOrder(
                "excluded",
                names(count.excluded()),
                want.get("excluded"),
                want.get("excluded_groups"),
                check.get("excluded_order").asText());
        switch (check.get("stages").asText()) {
            case "by-index" -> byIndex(count, want.get("stages"), check);
            case "by-excluded-set" -> byExcludedSet(count, want.get("stages"), check);
            case "none" -> {}
            default -> throw new AssertionError("unknown stage check " + check.get("stages"));
        }
    }

    private static void byIndex(Count count, JsonNode stages, JsonNode check) {
        assertThat(count.stages()).as("number of stages").hasSize(stages.size());
        for (int i = 0; i < stages.size(); i++) {
            JsonNode want = stages.get(i);
            Stage got = count.stages().get(i);
            String where = "stage " + want.get("stage").asText();
            assertThat(got.action().word())
                    .as(where + " action")
                    .isEqualTo(want.get("action").asText());
            if (want.has("candidate")) {
                assertThat(names(got.subjects()))
                        .as(where + " candidate")
                        .containsExactly(Candidate.tidy(want.get("candidate").asText()));
            }
            compareTotals(where, count, got, want, check);
        }
    }

    private static void byExcludedSet(Count count, JsonNode stages, JsonNode check) {
        for (JsonNode want : stages) {
            String where = "stage " + want.get("stage").asText();
            Stage got;
            if (want.get("action").asText().equals("first")) {
                got = count.stages().get(0);
            } else {
                Set<String> excluded = new HashSet<>(strings(want.get("excluded_so_far")));
                got = count.stages().stream()
                        .filter(s -> new HashSet<>(names(s.excludedSoFar())).equals(excluded))
                        .reduce((a, b) -> b)
                        .orElseThrow(() ->
                                new AssertionError(where + ": no stage of ours has excluded exactly " + excluded));
            }
            compareTotals(where, count, got, want, check);
        }
    }

    private static void compareTotals(String where, Count count, Stage got, JsonNode want, JsonNode check) {
        var expected = want.get("totals");
        for (var c : count.election().candidates()) {
            BigDecimal w = BigDecimal.ZERO;
            var it = expected.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (Candidate.tidy(e.getKey()).equals(c.name())) {
                    w = new BigDecimal(e.getValue().asText());
                }
            }
            assertClose(where + " " + c.name(), got.total(c), w, check);
        }
        if (want.has("non_transferable")) {
            assertClose(
                    where + " non-transferable",
                    got.nonTransferable(),
                    new BigDecimal(want.get("non_transferable").asText()),
                    check);
        }
    }

    private static void assertClose(String what, BigDecimal got, BigDecimal want, JsonNode check) {
        BigDecimal tolerance =
                check.has("tolerance") ? new BigDecimal(check.get("tolerance").asText()) : BigDecimal.ZERO;
        int decimals = check.has("decimals") ? check.get("decimals").asInt() : 9;
        BigDecimal shown = got.setScale(Math.max(decimals, 0), java.math.RoundingMode.HALF_EVEN);
        assertThat(shown.subtract(want).abs())
                .as("%s: ours %s, published %s", what, got.toPlainString(), want.toPlainString())
                .isLessThanOrEqualTo(tolerance);
    }

    private static void compareOrder(String what, List<String> got, JsonNode want, JsonNode groups, String order) {
        List<String> expected = want == null ? List.of() : strings(want);
        switch (order) {
            case "strict" -> assertThat(got).as(what).containsExactlyElementsOf(expected);
            case "set" -> assertThat(got).as(what).containsExactlyInAnyOrderElementsOf(expected);
            case "groups" -> {
                var partition = new ArrayList<List<String>>();
                if (groups != null) {
                    groups.forEach(g -> partition.add(strings(g)));
                } else {
                    expected.forEach(e -> partition.add(List.of(e)));
                }
                assertThat(got).as(what).hasSameSizeAs(expected);
                int at = 0;
                for (var g : partition) {
                    assertThat(got.subList(at, at + g.size()))
                            .as("%s %s in %s", what, g, got)
                            .containsExactlyInAnyOrderElementsOf(g);
                    at += g.size();
                }
            }
            case "none" -> {}
            default -> throw new AssertionError("unknown order check " + order);
        }
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(Candidate.tidy(n.asText())));
        return out;
    }

    private static List<String> names(List<Candidate> cs) {
        return cs.stream().map(Candidate::name).toList();
    }
}
