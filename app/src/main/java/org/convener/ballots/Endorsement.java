package org.convener.ballots;

import java.time.LocalDate;

/** A candidate a group endorsed, by the contest that decided it. */
public record Endorsement(
        long groupId,
        long contestId,
        String contestTitle,
        long candidateId,
        String candidateName,
        LocalDate endorsedOn) {}
