package org.convener.platform.mail;

/**
 * A message came back for good, and its address is now suppressed. Published in the transaction
 * that records it.
 *
 * @param personId the recipient's person record, if known
 */
public record MailBounced(long outboxId, Long personId, String reference, String reason) {}
