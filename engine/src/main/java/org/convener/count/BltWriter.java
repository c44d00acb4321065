package org.convener.count;

import java.util.List;

/** Writes an election as a BLT file that {@link BltReader} and other counting programs read. */
public final class BltWriter {

    private BltWriter() {}

    public static String write(Election e) {
        var out = new StringBuilder();
        out.append(e.size()).append(' ').append(e.seats()).append('\n');
        List<Candidate> withdrawn =
                e.candidates().stream().filter(Candidate::withdrawn).toList();
        if (!withdrawn.isEmpty()) {
            out.append(String.join(
                            " ", withdrawn.stream().map(c -> "-" + c.number()).toList()))
                    .append('\n');
        }
        for (var b : e.ballots()) {
            out.append(b.weight());
            for (int c : b.ranking()) {
                out.append(' ').append(c + 1);
            }
            out.append(" 0\n");
        }
        out.append("0\n");
        for (var c : e.candidates()) {
            out.append(quote(c.name()));
            if (!c.affiliation().isEmpty()) {
                out.append(' ').append(quote(c.affiliation()));
            }
            out.append('\n');
        }
        out.append(quote(e.title())).append('\n');
        return out.toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
