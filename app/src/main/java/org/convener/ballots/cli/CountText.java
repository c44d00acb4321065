package org.convener.ballots.cli;

import java.util.List;
import org.convener.count.Candidate;
import org.convener.count.Count;
import org.convener.count.Stage;

/** A count as a table for the terminal: a row per candidate, a column per stage. */
final class CountText {

    private CountText() {}

    static String elected(Count count) {
        return count.elected().isEmpty() ? "no one elected" : "elected: " + names(count.elected());
    }

    static String of(Count count, String file) {
        var out = new StringBuilder();
        out.append(file).append(": ").append(count.election().title()).append('\n');
        out.append("rule ")
                .append(count.rule())
                .append(", ")
                .append(count.seats())
                .append(count.seats() == 1 ? " seat" : " seats");
        out.append(", ")
                .append(count.validBallots().stripTrailingZeros().toPlainString())
                .append(" valid papers");
        if (count.quota() != null) {
            out.append(", quota ").append(count.quota().toPlainString());
        }
        out.append("\n\n");
        for (Stage s : count.stages()) {
            out.append(String.format("stage %2d  %s", s.number(), describe(s)));
            if (!s.elected().isEmpty()) {
                out.append("; elected ").append(names(s.elected()));
            }
            out.append('\n');
        }
        out.append('\n');
        int width = count.election().candidates().stream()
                .mapToInt(c -> c.name().length())
                .max()
                .orElse(10);
        width = Math.max(width, "non-transferable".length());
        int col = count.stages().stream()
                        .flatMap(s -> s.totals().stream())
                        .mapToInt(v -> v.toPlainString().length())
                        .max()
                        .orElse(6)
                + 2;
        out.append(String.format("%-" + width + "s", "candidate"));
        for (Stage s : count.stages()) {
            out.append(String.format("%" + col + "s", "stage " + s.number()));
        }
        out.append('\n');
        for (Candidate c : count.election().candidates()) {
            out.append(String.format("%-" + width + "s", c.name()));
            for (Stage s : count.stages()) {
                out.append(String.format("%" + col + "s", s.total(c).toPlainString()));
            }
            out.append('\n');
        }
        out.append(String.format("%-" + width + "s", "non-transferable"));
        for (Stage s : count.stages()) {
            out.append(String.format("%" + col + "s", s.nonTransferable().toPlainString()));
        }
        out.append("\n\n").append(elected(count)).append('\n');
        if (!count.excluded().isEmpty()) {
            out.append("excluded, in order: ").append(names(count.excluded())).append('\n');
        }
        for (String tie : count.ties()) {
            out.append(tie).append('\n');
        }
        return out.toString();
    }

    private static String describe(Stage s) {
        return switch (s.action()) {
            case FIRST -> "first preferences";
            case SURPLUS -> "surplus of " + names(s.subjects());
            case EXCLUSION -> "exclusion of " + names(s.subjects());
        };
    }

    private static String names(List<Candidate> cs) {
        return String.join(", ", cs.stream().map(Candidate::name).toList());
    }
}
