package org.convener.ballots;

/** How many of the electorate have voted; never who voted how. */
public record Turnout(int voted, int electorate) {

    public int percent() {
        return electorate == 0 ? 0 : (int) Math.round(100.0 * voted / electorate);
    }
}
