package org.convener.platform.accounts;

/**
 * An account was disabled or erased, or its password reset by link: whoever is signed in with it
 * must be signed out now.
 */
public record AccountClosed(long accountId) {}
