/**
 * Counting ballots: the BLT file format, and one class per counting rule (first past the post,
 * approval, instant-runoff, Scottish STV, Meek STV and the weighted inclusive Gregory method), each
 * reporting its count stage by stage. The rules are described in words and precisely in
 * {@code docs/counting.md}.
 */
package org.convener.engine.count;
