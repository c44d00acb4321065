package org.convener.platform.mail;

import java.time.Instant;

/**
 * Someone asked to receive no more bulk mail: by the link or the one-click header of a message,
 * or by reporting it as spam. Published in the transaction that records it; the people module
 * withdraws their email consent, and the module that sent the message marks the recipient.
 *
 * @param personId the recipient's person record
 * @param reference what the message was, as given when it was queued
 * @param how in words, for the consent history: "the unsubscribe link in a message"
 */
public record MailUnsubscribed(long outboxId, long personId, String reference, String how, Instant at) {}
