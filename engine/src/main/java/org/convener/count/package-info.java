/**
 * Counting ballots: the BLT file format, and one class per counting rule (first past the post,
 * approval, instant-runoff, Scottish STV, Meek STV and the weighted inclusive Gregory method), each
 * reporting its count stage by stage. The rules are described in words and precisely in
 * {@code docs/counting.md}. It sits in the engine's jar, plain Java like the rest of it, as a
 * package of its own so that the ballots module and the command line use its types as a public API.
 */
package org.convener.count;
