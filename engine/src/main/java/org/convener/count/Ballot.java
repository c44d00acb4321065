package org.convener.count;

import java.util.Arrays;

/**
 * One line of ballots: {@code weight} identical papers ranking the candidates in {@code ranking}
 * (0-based candidate indices, most preferred first, each candidate at most once). For approval
 * counts the ranking is simply the candidates marked.
 */
public record Ballot(long weight, int[] ranking) {

    public Ballot {
        if (weight < 1) {
            throw new IllegalArgumentException("a ballot's weight must be at least 1, not " + weight);
        }
        ranking = ranking.clone();
        if (Arrays.stream(ranking).distinct().count() != ranking.length) {
            throw new IllegalArgumentException("a ballot ranks a candidate twice: " + Arrays.toString(ranking));
        }
    }

    public static Ballot of(long weight, int... ranking) {
        return new Ballot(weight, ranking);
    }

    @Override
    public int[] ranking() {
        return ranking.clone();
    }

    int length() {
        return ranking.length;
    }

    int at(int position) {
        return ranking[position];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ballot b && b.weight == weight && Arrays.equals(b.ranking, ranking);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(weight) * 31 + Arrays.hashCode(ranking);
    }

    @Override
    public String toString() {
        return weight + "×" + Arrays.toString(ranking);
    }
}
