package org.convener.platform.mail;

import java.time.Instant;

/**
 * A message in the outbox as stored.
 *
 * @param messageId the RFC 5322 Message-ID, the same on every attempt
 * @param toAddress {@code null} once the recipient was erased
 */
public record OutboxMessage(
        long id,
        String messageId,
        MailCategory category,
        String reference,
        Long personId,
        Long aboutPersonId,
        String toAddress,
        String toName,
        String subject,
        String bodyText,
        String bodyHtml,
        String secret,
        boolean unsubscribable,
        MailStatus status,
        String reason,
        int attempts,
        Instant createdAt,
        Instant notBefore,
        Instant expiresAt,
        Instant lastAttemptAt,
        Instant sentAt) {}
