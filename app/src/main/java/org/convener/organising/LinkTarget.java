package org.convener.organising;

/** What a research document can be cited by. */
public enum LinkTarget {
    ASK,
    ENGAGEMENT,
    BULLETIN
}
