package org.convener.engagements;

import java.time.LocalDate;

/** An ask moved on its lifecycle; published in the transaction of the move. */
public record AskMoved(long askId, long caucusId, AskStatus from, AskStatus to, LocalDate on, String reason) {}
