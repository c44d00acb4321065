package org.convener.count;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the ERS/OpenSTV "BLT" ballot format, in every dialect found in published files:
 *
 * <pre>
 * 4 2                       candidates, seats
 * -3                        optional: withdrawn candidates, negated (one line or several)
 * 12 1 2 4 0                weight, then candidate numbers most preferred first, then 0
 * 1 2 - 3 0                 "-" is a skipped rank: passed over
 * 0                         end of ballots
 * "Ada Lovelace" "Lab"      one line per candidate; a second quoted string is an affiliation
 * "Title"
 * </pre>
 *
 * CRLF line ends, a byte-order mark, blank lines and runs of spaces in names are accepted; a
 * candidate ranked again later on the same ballot is ignored at the repeat. Anything else is
 * refused with the line and the reason.
 */
public final class BltReader {

    private final String file;
    private final List<String> lines;
    private int at;

    private BltReader(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    public static Election read(Path path) {
        try {
            return read(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BltFormatException(path.getFileName().toString(), 0, "the file is not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public static Election read(String file, String text) {
        return read(file, new StringReader(text));
    }

    public static Election read(String file, Reader reader) {
        var lines = new ArrayList<String>();
        try (var in = new BufferedReader(reader)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return new BltReader(file, lines).election();
    }

    private Election election() {
        String[] head = tokens(next("the first line, \"<candidates> <seats>\""));
        if (head.length != 2) {
            throw fail("the first line must be two numbers, the candidates and the seats, not \""
                    + String.join(" ", head) + "\"");
        }
        int n = positive(head[0], "the number of candidates");
        int seats = positive(head[1], "the number of seats");
        Set<Integer> withdrawn = new HashSet<>();
        var ballots = new ArrayList<Ballot>();
        boolean ended = false;
        while (!ended) {
            String[] t = tokens(next("the ballots, ended by a line \"0\""));
            if (t.length == 1 && t[0].equals("0")) {
                ended = true;
            } else if (t[0].startsWith("-") && t[0].length() > 1) {
                if (!ballots.isEmpty()) {
                    throw fail("withdrawn candidates must be listed before the ballots");
                }
                for (String token : t) {
                    int c = integer(token, "a withdrawn candidate");
                    if (c >= 0 || -c > n) {
                        throw fail("a withdrawn candidate is written -1 to -" + n + ", not " + token);
                    }
                    withdrawn.add(-c - 1);
                }
            } else {
                ballots.add(ballot(t, n));
            }
        }
        var candidates = new ArrayList<Candidate>(n);
        for (int i = 0; i < n; i++) {
            List<String> quoted = quoted(next("the name of candidate " + (i + 1) + " of " + n));
            if (quoted.isEmpty() || quoted.size() > 2) {
                throw fail("candidate " + (i + 1) + " should be \"Name\" or \"Name\" \"Affiliation\"");
            }
            String name = Candidate.tidy(quoted.get(0));
            if (name.isEmpty()) {
                throw fail("candidate " + (i + 1) + " has an empty name");
            }
            for (var c : candidates) {
                if (c.name().equals(name)) {
                    throw fail("candidate " + (i + 1) + " has the same name as candidate " + c.number() + ": " + name);
                }
            }
            candidates.add(new Candidate(i + 1, name, quoted.size() == 2 ? quoted.get(1) : "", withdrawn.contains(i)));
        }
        String title = "";
        if (skipBlank()) {
            List<String> quoted = quoted(lines.get(at++));
            if (quoted.size() != 1) {
                throw fail("the title should be one quoted string");
            }
            title = quoted.get(0);
        }
        if (skipBlank()) {
            at++;
            throw fail("unexpected text after the title (are there more candidate names than " + n + "?)");
        }
        return new Election(title, seats, candidates, ballots);
    }

    private Ballot ballot(String[] t, int n) {
        if (!t[t.length - 1].equals("0")) {
            throw fail("a ballot line must end with 0");
        }
        if (t.length < 2) {
            throw fail("a ballot line needs a weight");
        }
        if (t[0].contains(".")) {
            throw fail("a ballot's weight must be a whole number, not " + t[0]);
        }
        long weight = integer(t[0], "the ballot's weight");
        if (weight < 1) {
            throw fail("a ballot's weight must be at least 1, not " + t[0]);
        }
        var ranks = new LinkedHashSet<Integer>();
        for (int i = 1; i < t.length - 1; i++) {
            String token = t[i];
            if (token.equals("-")) {
                continue;
            }
            if (token.contains("=")) {
                throw fail("equal rankings (\"" + token + "\") are not supported");
            }
            int c = integer(token, "a candidate number");
            if (c < 1 || c > n) {
                throw fail("candidate " + token + " is not one of the " + n + " candidates (rank " + i + ")");
            }
            ranks.add(c - 1);
        }
        return new Ballot(weight, ranks.stream().mapToInt(Integer::intValue).toArray());
    }

    private boolean skipBlank() {
        while (at < lines.size() && lines.get(at).isBlank()) {
            at++;
        }
        return at < lines.size();
    }

    private String next(String expected) {
        if (!skipBlank()) {
            at = lines.size();
            throw new BltFormatException(file, lines.size(), "the file ends where " + expected + " should be");
        }
        return lines.get(at++);
    }

    private static String[] tokens(String line) {
        return line.strip().split("\\s+");
    }

    private int positive(String token, String what) {
        int v = integer(token, what);
        if (v < 1) {
            throw fail(what + " must be at least 1, not " + token);
        }
        return v;
    }

    private int integer(String token, String what) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw fail(what + " should be a whole number, not \"" + token + "\"");
        }
    }

    /** The quoted strings on a line; a backslash escapes a quote or a backslash. */
    private List<String> quoted(String line) {
        var out = new ArrayList<String>();
        int i = 0;
        while (i < line.length()) {
            char ch = line.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '"') {
                var s = new StringBuilder();
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && i + 1 < line.length()) {
                        i++;
                    }
                    s.append(line.charAt(i++));
                }
                if (i >= line.length()) {
                    throw fail("a quoted string is not closed");
                }
                i++;
                out.add(s.toString());
            } else {
                throw fail("expected a quoted string, found \"" + line.strip() + "\"");
            }
        }
        return out;
    }

    private BltFormatException fail(String reason) {
        return new BltFormatException(file, at, reason);
    }
}
