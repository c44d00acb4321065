package org.convener.letters;

/**
 * A letter opened for signatures, or a caucus invited to one already open: its eligible MPs who
 * have not signed should hear of it. Published in the transaction of the change.
 */
public record LetterAwaitsSignatures(long letterId) {}
