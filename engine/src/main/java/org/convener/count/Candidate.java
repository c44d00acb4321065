package org.convener.count;

/**
 * A candidate on a ballot file. {@code number} is the candidate's 1-based position in the file,
 * which is also the order that decides a lot unless lots are drawn at random.
 */
public record Candidate(int number, String name, String affiliation, boolean withdrawn) {

    public Candidate {
        if (number < 1) {
            throw new IllegalArgumentException("a candidate number starts at 1, not " + number);
        }
        name = tidy(name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("candidate " + number + " has no name");
        }
        affiliation = affiliation == null ? "" : tidy(affiliation);
    }

    public Candidate(int number, String name) {
        this(number, name, "", false);
    }

    /** Index into lists of candidates (0-based). */
    public int index() {
        return number - 1;
    }

    /** Names are compared and shown with runs of whitespace collapsed and the ends trimmed. */
    static String tidy(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return name;
    }
}
