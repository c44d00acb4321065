package org.convener.engagements;

import java.time.LocalDate;
import java.util.List;

/**
 * Contributes entries to an ask's timeline from another module: the letters module adds the
 * letters that make the ask.
 */
public interface AskTimeline {

    /** One dated event in the life of an ask. */
    record Entry(LocalDate on, String what, String detail, String link) {}

    List<Entry> about(long askId);
}
