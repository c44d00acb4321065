/**
 * Reaching people by email: the outbox every message is written to first (in the transaction of
 * the change that caused it), the worker that sends it over SMTP with retries, suppression of
 * addresses that bounce or complain, one-click unsubscribe, and notifications with each person's
 * choice of at once, a daily digest or never. Modules call {@link org.convener.platform.mail.Outbox}
 * or {@link org.convener.platform.mail.Notifications}; this package calls no module.
 */
@org.springframework.modulith.NamedInterface("mail")
package org.convener.platform.mail;
